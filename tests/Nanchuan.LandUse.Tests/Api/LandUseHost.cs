using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

/// <summary>The platform with a clock the tests move forward (map ages, working days between stages).</summary>
public class LandUseHost : PlatformHost
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 9, 2, 9, 0, 0, Beijing));

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));

    /// <summary>Moves the clock forward to <paramref name="instant"/> (never back).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        if (instant > Clock.GetUtcNow()) Clock.SetUtcNow(instant);
    }
}

[CollectionDefinition(Name)]
public sealed class LandUseCollection : ICollectionFixture<LandUseHost>
{
    public const string Name = "landuse";
}
