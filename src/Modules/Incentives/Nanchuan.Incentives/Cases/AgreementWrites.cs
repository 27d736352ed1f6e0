using JasperFx.Events;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Incentives.Deadlines;

namespace Nanchuan.Incentives.Cases;

/// <summary>
/// The end of every step on an agreement: append the decision's events, watch the deadlines they started or moved, set the
/// tracking officer's reminders they call for, and close the case when both sides have now kept every promise — all in the
/// step's transaction.
/// </summary>
internal static class AgreementWrites
{
    public static async Task<(CaseStepRecorded, OutgoingMessages)> RecordAsync(
        IDocumentSession session, IEventStream<Agreement> stream, IReadOnlyList<IAgreementEvent> events, DeadlineWatch watch, CancellationToken cancellation)
    {
        var before = stream.Aggregate!;
        var answer = AgreementCases.Record(stream, events);
        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        var outgoing = new OutgoingMessages();
        AgreementDeadlines.Instance.WatchChanges(watch, outgoing, before, after);
        foreach (var reminder in Reminders.Due(before, after)) watch.ScheduleAt(outgoing, reminder, reminder.RemindAt);
        if (after.Honoured && !before.Honoured)
            outgoing.Add(AgreementCases.Closed(after, after.Milestones.All(m => m.FulfilledAt <= m.DueAt) && after.Incentives.All(i => i.PaidAt <= i.PaymentDueAt)));
        return (answer, outgoing);
    }
}
