using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Licensing.Tests;

/// <summary>Fires the platform deadline timers a tracked request scheduled, each at its own moment on the test clock.</summary>
internal static class DeadlineFiring
{
    /// <returns>The case's events afterwards.</returns>
    public static async Task<IReadOnlyList<object>> FireScheduledTimersAsync(this LicensingHost platform, ITrackedSession tracked, Guid caseId)
    {
        var timers = tracked.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<DeadlineTimerFired>()
            .Where(t => t.CaseId == caseId).Distinct().OrderBy(t => t.FireAt).ToList();
        timers.ShouldNotBeEmpty();
        foreach (var timer in timers)
        {
            platform.Clock.AdjustTime(timer.FireAt);
            await platform.Host.InvokeMessageAndWaitAsync(timer);
        }
        return await platform.EventsAsync(caseId);
    }
}
