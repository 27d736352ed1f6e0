using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Judiciary.EnforcementStage;

/// <summary>
/// Fires when a settlement buffer has run its course (just after 24:00 of its last day), so how a buffer ended is an event at
/// the moment the platform's clock says, not a comparison with the database clock in a report (docs/adr/0069). Durable like the
/// platform's deadline timers; a buffer that ended early meanwhile records nothing.
/// </summary>
public sealed record SettlementBufferEnds(Guid CaseId, Guid BufferId, DateTimeOffset EndsAt) : IDeadlineTimer;

public static class SettlementBufferEndsHandler
{
    /// <summary>The buffer is in force up to its exclusive end itself; it has run its course a second later.</summary>
    private static DateTimeOffset FireAt(DateTimeOffset endsAt) => DeadlineRules.OverdueCheckAt(endsAt);

    public static void Schedule(DeadlineWatch watch, OutgoingMessages outgoing, SettlementBufferGranted granted) =>
        watch.ScheduleAt(outgoing, new SettlementBufferEnds(granted.CaseId, granted.BufferId, granted.EndsAt), FireAt(granted.EndsAt));

    public static async Task<OutgoingMessages> Handle(SettlementBufferEnds timer, IDocumentSession session, DeadlineWatch watch, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        if (watch.Now < FireAt(timer.EndsAt))
        {
            // Delivered before its time by the platform clock: wait for the rest.
            watch.ScheduleAt(outgoing, timer, FireAt(timer.EndsAt));
            return outgoing;
        }
        var stream = await CaseStreams.LoadIfAnyAsync<DisputeCase>(session, timer.CaseId, cancellation);
        if (stream?.Aggregate is { } state && BufferDecision.RanItsCourse(state, timer.BufferId, watch.Now) is { } ended) stream.AppendOne(ended);
        return outgoing;
    }
}
