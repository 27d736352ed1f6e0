using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Nanchuan.Testing;

/// <summary>
/// The platform with the one clock of the tests: a <see cref="FakeTimeProvider"/> that "now" of every module reads,
/// set by the scenario. It holds UTC, as PostgreSQL's timestamptz wants. Wolverine's scheduler keeps the machine clock
/// (the modules schedule by the time remaining on this one).
/// </summary>
public abstract class ModuleHost : PlatformHost
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    protected ModuleHost(DateTimeOffset start) => Clock = new FakeTimeProvider(start.ToUniversalTime());

    public FakeTimeProvider Clock { get; }

    protected override void ConfigureHost(IWebHostBuilder builder) => builder.UseClock(Clock);

    /// <summary>Sets "now" to any instant, backwards too: each scenario lives on its own dates.</summary>
    public void SetTime(DateTimeOffset instant) => Clock.AdjustTime(instant.ToUniversalTime());

    /// <summary>Moves "now" forward to <paramref name="instant"/>, never back.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        if (instant > Clock.GetUtcNow()) Clock.SetUtcNow(instant.ToUniversalTime());
    }

    /// <summary>
    /// A host on this host's database (<see cref="PlatformHost.RestartAsync"/>) — the same node after a restart, or a
    /// second one — with a clock of its own.
    /// </summary>
    public Task<IAlbaHost> RestartAsync(DateTimeOffset now) =>
        RestartAsync(ConnectionString, builder => builder.UseClock(new FakeTimeProvider(now.ToUniversalTime())));
}

public static class ClockSettings
{
    /// <summary>Replaces the platform's <see cref="TimeProvider"/>.</summary>
    public static IWebHostBuilder UseClock(this IWebHostBuilder builder, TimeProvider clock) =>
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
}
