using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Wolverine;

namespace Nanchuan.Grievances.Deadlines;

/// <summary>
/// The BusinessOffice's reminder, when business opens on a promised completion date, to revisit the promise (回访承诺办理情况).
/// A reminder, not a deadline: nothing is overdue when it fires. Durable like the platform's deadline timers.
/// </summary>
public sealed record PromiseRevisitReminder(Guid GrievanceId, int Round, DateTimeOffset RemindAt) : IDeadlineTimer;

public static class PromiseRevisitReminderHandler
{
    public static void Schedule(DeadlineWatch watch, OutgoingMessages outgoing, Guid grievanceId, int round, DateOnly promised)
    {
        var remindAt = watch.Calendar.At(promised, watch.Calendar.BusinessHours.Start);
        watch.ScheduleAt(outgoing, new PromiseRevisitReminder(grievanceId, round, remindAt), remindAt);
    }

    public static async Task<OutgoingMessages> Handle(PromiseRevisitReminder reminder, IDocumentSession session, DeadlineWatch watch, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        if (watch.Now < reminder.RemindAt)
        {
            // Delivered before its time by the platform clock: wait for the rest.
            watch.ScheduleAt(outgoing, reminder, reminder.RemindAt);
            return outgoing;
        }
        var stream = await session.Events.FetchForWriting<Grievance>(reminder.GrievanceId, cancellation);
        if (stream.Aggregate is { } state && GrievanceDecisions.RemindPromiseRevisit(state, reminder.Round, watch.Now) is { } due) stream.AppendOne(due);
        return outgoing;
    }
}
