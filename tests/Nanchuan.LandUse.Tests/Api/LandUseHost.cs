using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

/// <summary>The platform with a clock the tests move forward (map ages, working days between stages).</summary>
public class LandUseHost : PlatformHost
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public LandUseHost() : this(new DateTimeOffset(2024, 9, 2, 9, 0, 0, Beijing)) { }

    protected LandUseHost(DateTimeOffset start) => Clock = new FakeTimeProvider(start);

    public FakeTimeProvider Clock { get; }

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

/// <summary>A host whose clock starts on Fri 2024-09-13 09:00, the eve of the 2024 Mid-Autumn holiday (Sat Sep 14 is a make-up workday, Sep 15–17 off).</summary>
public sealed class MidAutumnHost() : LandUseHost(new DateTimeOffset(2024, 9, 13, 9, 0, 0, Beijing));
