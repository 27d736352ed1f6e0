using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Incentives.Tracking;

/// <summary>Fires a tracking reminder on the platform clock; a stale one records nothing.</summary>
public static class TrackingReminderHandler
{
    public static async Task<OutgoingMessages> Handle(TrackingReminderDue reminder, IDocumentSession session, DeadlineWatch watch, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        if (watch.Now < reminder.RemindAt)
        {
            // Delivered before its time by the platform clock (the machine and platform clocks disagree): wait for the rest.
            watch.ScheduleAt(outgoing, reminder, reminder.RemindAt);
            return outgoing;
        }
        var stream = await CaseStreams.LoadIfAnyAsync<Agreement>(session, reminder.AgreementId, cancellation);
        if (stream?.Aggregate is { } agreement && Reminders.Fire(agreement, reminder, watch.Now) is { } reminded) stream.AppendOne(reminded);
        return outgoing;
    }
}
