using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Shouldly;
using Wolverine.Tracking;

namespace Nanchuan.Testing;

/// <summary>The platform's deadline timer as the capability schedules it, for tests that deliver one at a chosen clock time.</summary>
public static class DeadlineTimers
{
    public static DeadlineTimerFired Warning(string caseType, Guid caseId, string deadline, DateTimeOffset dueAt, DateTimeOffset fireAt) =>
        new(caseType, caseId, deadline, DeadlineAlarm.Warning, dueAt, fireAt);

    /// <summary>The overdue check, set to run at <see cref="DeadlineRules.OverdueCheckAt"/> (the first second after the due instant).</summary>
    public static DeadlineTimerFired Overdue(string caseType, Guid caseId, string deadline, DateTimeOffset dueAt) =>
        new(caseType, caseId, deadline, DeadlineAlarm.Overdue, dueAt, DeadlineRules.OverdueCheckAt(dueAt));

    /// <summary>The deadline timers a tracked action scheduled, each once, earliest first.</summary>
    public static IReadOnlyList<DeadlineTimerFired> ScheduledBy(ITrackedSession tracked) =>
        tracked.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<DeadlineTimerFired>().Distinct().OrderBy(t => t.FireAt).ToList();

    /// <summary>Fires the timers a tracked action scheduled for one case, each at its own moment on the test clock.</summary>
    /// <returns>The case's events afterwards.</returns>
    public static async Task<IReadOnlyList<object>> FireScheduledTimersAsync(this ModuleHost platform, ITrackedSession tracked, Guid caseId)
    {
        var timers = ScheduledBy(tracked).Where(t => t.CaseId == caseId).ToList();
        timers.ShouldNotBeEmpty();
        foreach (var timer in timers)
        {
            platform.Clock.AdjustTime(timer.FireAt);
            await platform.Host.InvokeAndWaitAsync(timer);
        }
        return await platform.EventsAsync(caseId);
    }
}
