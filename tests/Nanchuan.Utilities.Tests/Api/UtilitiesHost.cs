using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Testing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>The platform with a clock the tests set: "now" is whatever the scenario needs.</summary>
public sealed class UtilitiesHost : PlatformHost
{
    public TestClock Clock { get; } = new(new DateTimeOffset(2025, 1, 23, 10, 0, 0, TimeSpan.FromHours(8)));

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
}

/// <summary>A platform clock a test sets to any instant, backwards too (each scenario lives on its own dates).</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public void SetUtcNow(DateTimeOffset value) => now = value;

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

[CollectionDefinition(Name)]
public sealed class UtilitiesCollection : ICollectionFixture<UtilitiesHost>
{
    public const string Name = "utilities-api";
}
