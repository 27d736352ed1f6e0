using Microsoft.Extensions.Hosting;
using Nanchuan.BuildingBlocks.Platform.Database;

namespace Nanchuan.Console.Live;

/// <summary>
/// Several nodes (ADR 0144): signals this node's boards for every other node's oversight commit, heard on
/// <see cref="LiveUpdates.NotificationChannel"/>. It also signals once on listening (again), since a change may have been
/// missed while the connection was broken (a board re-reads, nothing is lost).
/// </summary>
internal sealed class LiveUpdatesRelay(LiveUpdates live, OtherNodesListener listener) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stopping) =>
        listener.ListenAsync(LiveUpdates.NotificationChannel, live.NodeId, live.Notify, _ => live.Notify(), () => { }, stopping);
}
