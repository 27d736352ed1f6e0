using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Platform.Database;

namespace Nanchuan.Console.Live;

/// <summary>
/// Several nodes (ADR 0144, 0223): tells the other nodes after this node's oversight commits, one notice for the commits made
/// while the last one was on its way, on <see cref="LiveUpdates.NotificationChannel"/>; and signals this node's boards for every
/// other node's notice. It also signals once on listening (again), since a change may have been missed while the connection was
/// broken (a board re-reads, nothing is lost).
/// </summary>
internal sealed class LiveUpdatesRelay(LiveUpdates live, OtherNodesListener listener, NoticeSender sender, ILogger<LiveUpdatesRelay> log)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stopping) => Task.WhenAll(
        listener.ListenAsync(LiveUpdates.NotificationChannel, live.NodeId, live.Notify, _ => live.Notify(), () => { }, stopping),
        TellAsync(stopping));

    private async Task TellAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var _ in live.Untold.ReadAllAsync(stopping))
            {
                try
                {
                    await sender.SendAsync(LiveUpdates.NotificationChannel, live.NodeId, stopping);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The other nodes' boards miss this signal; the next oversight commit sends another.
                    log.LogWarning(e, "Live updates: telling the other nodes of an oversight change failed");
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
