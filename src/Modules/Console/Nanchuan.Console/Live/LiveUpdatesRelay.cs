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
        sender.TellOtherNodesAsync(LiveUpdates.NotificationChannel, live.Untold, untold =>
            {
                untold.TryRead(out _); // the commits made while the last notice was on its way: one notice tells them all
                return live.NodeId;
            },
            TimeSpan.Zero,
            // The other nodes' boards miss this signal; the next oversight commit sends another.
            failure => log.LogWarning(failure, "Live updates: telling the other nodes of an oversight change failed"),
            stopping));
}
