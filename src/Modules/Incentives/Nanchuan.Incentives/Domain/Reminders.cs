namespace Nanchuan.Incentives.Domain;

/// <summary>The durable timer of a tracking reminder (a Wolverine scheduled message, written with the step that set it).</summary>
/// <param name="DueDate">The milestone's due date it was set for: a moved date makes it stale.</param>
/// <param name="OfficerId">The officer it was set for: a new officer makes it stale.</param>
/// <param name="RemindAt">When it fires.</param>
public sealed record TrackingReminderDue(Guid AgreementId, string Code, DateOnly DueDate, string OfficerId, DateTimeOffset RemindAt);

/// <summary>
/// 指导提醒: the tracking officer is reminded at 09:00 Beijing time <see cref="TrackingOfficer.ReminderDays"/> calendar days
/// before each open milestone's due date (at once when that moment has passed). A reminder whose milestone was fulfilled,
/// moved or handed to another officer meanwhile is stale and records nothing.
/// </summary>
internal static class Reminders
{
    /// <summary>The reminders a step calls for: every open milestone that is new, moved or has a new officer.</summary>
    public static IEnumerable<TrackingReminderDue> Due(Agreement? before, Agreement after)
    {
        if (after.Officer is not { } officer) yield break;
        foreach (var m in after.Milestones.Where(m => m.Status == MilestoneStatus.Pending))
        {
            var old = before?.Milestone(m.Code);
            if (before?.Officer?.Id == officer.Id && old is { Status: MilestoneStatus.Pending } && old.DueDate == m.DueDate) continue;
            yield return new TrackingReminderDue(after.Id, m.Code, m.DueDate, officer.Id, At(m.DueDate, officer.ReminderDays));
        }
    }

    public static DateTimeOffset At(DateOnly dueDate, int reminderDays) =>
        new(dueDate.AddDays(-reminderDays).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));

    /// <summary>The reminder recorded when it fires, or null when it is stale.</summary>
    public static TrackingOfficerReminded? Fire(Agreement agreement, TrackingReminderDue reminder, DateTimeOffset now) =>
        agreement.Officer?.Id == reminder.OfficerId && agreement.Milestone(reminder.Code) is { Status: MilestoneStatus.Pending, Reminded: false } m && m.DueDate == reminder.DueDate
            ? new TrackingOfficerReminded(agreement.Id, reminder.Code, reminder.OfficerId, reminder.DueDate, now)
            : null;
}
