using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Utilities.Domain.Deadlines;
using Wolverine;

namespace Nanchuan.Utilities.Deadlines;

/// <summary>
/// A durable timer of one connection (platform rule 4): scheduled in Wolverine's outbox in the same transaction as the event
/// that set the deadline, so it survives restarts. It carries the deadline it was set for; a moved or met deadline makes it stale.
/// </summary>
/// <param name="Warning">True for the warning (1 working day before), false for the overdue check at the deadline.</param>
public sealed record UtilityTimerFired(Guid ConnectionId, UtilityDeadline Deadline, bool Warning, DateTimeOffset DueAt, DateTimeOffset FireAt) : IDeadlineTimer;

public static class UtilityTimers
{
    /// <summary>Working days before a deadline that its warning fires (platform rule 4, default).</summary>
    public const int WarningWorkingDays = 1;

    public static void Watch(OutgoingMessages outgoing, IWorkingDayCalendar calendar, TimeProvider time, Guid connectionId, UtilityDeadline deadline, DateTimeOffset dueAt)
    {
        Schedule(outgoing, time, new UtilityTimerFired(connectionId, deadline, true, dueAt, calendar.SubtractWorkingDays(dueAt, WarningWorkingDays)));
        Schedule(outgoing, time, new UtilityTimerFired(connectionId, deadline, false, dueAt, dueAt));
    }

    /// <summary>
    /// Wolverine's scheduler runs on the machine clock; deadlines are measured on the platform's <see cref="TimeProvider"/>.
    /// Scheduling by the remaining time keeps the two aligned (identical in production; a test clock stays in charge).
    /// </summary>
    public static void Schedule(OutgoingMessages outgoing, TimeProvider time, UtilityTimerFired timer)
    {
        var remaining = timer.FireAt - time.GetUtcNow();
        outgoing.Delay(timer, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
    }
}
