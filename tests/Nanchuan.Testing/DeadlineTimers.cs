using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Testing;

/// <summary>The platform's deadline timer as the capability schedules it, for tests that deliver one at a chosen clock time.</summary>
public static class DeadlineTimers
{
    public static DeadlineTimerFired Warning(string caseType, Guid caseId, string deadline, DateTimeOffset dueAt, DateTimeOffset fireAt) =>
        new(caseType, caseId, deadline, DeadlineAlarm.Warning, dueAt, fireAt);

    /// <summary>The overdue check, set to run at <see cref="DeadlineRules.OverdueCheckAt"/> (the first second after the due instant).</summary>
    public static DeadlineTimerFired Overdue(string caseType, Guid caseId, string deadline, DateTimeOffset dueAt) =>
        new(caseType, caseId, deadline, DeadlineAlarm.Overdue, dueAt, DeadlineRules.OverdueCheckAt(dueAt));
}
