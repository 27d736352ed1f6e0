using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Platform.Database;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// Several nodes (ADR 0168, ADR 0122): tells the other nodes which cases this node's commits changed (<c>NOTIFY</c> on
/// <see cref="CaseChanges.NotificationChannel"/>, a batch of ids at a time, after the commits), and listens for theirs on a
/// connection of its own, forgetting those cases' reused tags. The <see cref="CaseTagCache"/> is used only while listening:
/// a broken connection stops it (changes may be missed meanwhile) until it listens again, empty. At most one notice every
/// <see cref="NoticeInterval"/> (ADR 0221).
/// </summary>
internal sealed class CaseChangeRelay(
    CaseChanges changes, CaseTagCache cache, OtherNodesListener listener, NoticeSender sender, ILogger<CaseChangeRelay> log)
    : BackgroundService
{
    /// <summary>Ids a notice carries at most: 200 × 37 characters stay under PostgreSQL's 8,000-byte payload.</summary>
    private const int IdsPerNotice = 200;

    /// <summary>
    /// The least time between two notices: the ids changed meanwhile go in the next one. Without it a node under load sent
    /// nearly one notice (a transaction and a round trip) per write; it adds at most this much to the other nodes' window.
    /// </summary>
    internal static readonly TimeSpan NoticeInterval = TimeSpan.FromMilliseconds(10);

    protected override Task ExecuteAsync(CancellationToken stopping) => Task.WhenAll(ListenLoopAsync(stopping), SendLoopAsync(stopping));

    private Task ListenLoopAsync(CancellationToken stopping) =>
        listener.ListenAsync(CaseChanges.NotificationChannel, changes.NodeId, cache.StartListening, Heard, cache.StopListening, stopping);

    private void Heard(string body)
    {
        var ids = new List<Guid>();
        foreach (var part in body.Split(','))
            if (Guid.TryParse(part, out var id)) ids.Add(id);
        cache.Changed(ids);
    }

    private Task SendLoopAsync(CancellationToken stopping)
    {
        // The ids changed while a notice is on its way go together in the next one.
        var batch = new List<Guid>(IdsPerNotice);
        return sender.TellOtherNodesAsync(CaseChanges.NotificationChannel, changes.Unsent, unsent =>
            {
                batch.Clear();
                while (batch.Count < IdsPerNotice && unsent.TryRead(out var id)) batch.Add(id);
                return $"{changes.NodeId}:{string.Join(',', batch.Distinct())}";
            },
            NoticeInterval,
            // The other nodes reuse what they kept for these cases at most CaseTagCache.Lifetime longer.
            failure => log.LogWarning(failure, "Case reads: telling the other nodes of {Count} changed cases failed", batch.Count),
            stopping);
    }
}
