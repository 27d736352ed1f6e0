using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Nanchuan.BuildingBlocks.Platform.Openings;

/// <summary>
/// The openings' place among the hosted services (docs/adr/0192): they begin after the schema presence check and Marten's own
/// start-up work, run on pool threads while Wolverine's runtime starts, and the start waits for all of them before the server
/// starts, so no request meets a calendar without its stored schedules. A failed opening fails the start, as before.
/// </summary>
public static class PlatformOpenings
{
    public static IServiceCollection AddPlatformOpening<TOpening>(this IServiceCollection services) where TOpening : class, IPlatformOpening =>
        services.AddSingleton<IPlatformOpening, TOpening>();

    /// <summary>The openings begin at this point of the hosted services' order.</summary>
    internal static void BeginOpeningsHere(this IServiceCollection services)
    {
        services.AddSingleton<OpeningsUnderWay>();
        services.AddHostedService<OpeningsBegin>();
    }

    /// <summary>The start waits for them at this point: after Wolverine's runtime, before the server.</summary>
    internal static void FinishOpeningsHere(this IServiceCollection services) => services.AddHostedService<OpeningsFinish>();
}

/// <summary>The openings of this start, resolved with their dependencies on the host's thread, run on the pool.</summary>
internal sealed class OpeningsUnderWay(IEnumerable<IPlatformOpening> openings)
{
    private Task? _all;

    public void Begin(CancellationToken cancellationToken) =>
        _all = Task.WhenAll(openings.Select(opening => Task.Run(() => opening.OpenAsync(cancellationToken), cancellationToken)));

    public Task All => _all ?? throw new InvalidOperationException("The openings were awaited before they began: register their end after their beginning.");
}

internal sealed class OpeningsBegin(OpeningsUnderWay openings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        openings.Begin(cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class OpeningsFinish(OpeningsUnderWay openings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => openings.All.WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
