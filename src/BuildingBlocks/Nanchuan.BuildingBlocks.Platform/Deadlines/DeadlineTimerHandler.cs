using Marten;
using Nanchuan.BuildingBlocks.Calendar;
using Wolverine;

namespace Nanchuan.BuildingBlocks.Platform.Deadlines;

/// <summary>
/// Fires every module's deadline timers and recomputes every module's open deadlines when a holiday schedule changes.
/// Retries on a lost concurrency race are the platform's one policy (PlatformHosting).
/// </summary>
public static class DeadlineTimerHandler
{
    public static async Task<OutgoingMessages> Handle(
        DeadlineTimerFired timer, IDocumentSession session, DeadlineWatch watch, CaseDeadlinesRegistry registry, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        if (watch.Now < timer.FireAt)
        {
            // Delivered before its time by the platform clock (the machine and platform clocks disagree): wait for the rest.
            watch.Schedule(outgoing, timer);
            return outgoing;
        }
        await registry.For(timer.CaseType).FireAsync(session, timer, watch, outgoing, cancellation);
        return outgoing;
    }

    /// <summary>A year's schedule was loaded or amended (platform rule 3): every case type's open deadlines are recomputed, each on its own.</summary>
    public static IEnumerable<RecomputeDeadlines> Handle(HolidayScheduleChanged changed, CaseDeadlinesRegistry registry)
    {
        if (changed.ChangedDays.Count == 0) return [];
        var reason = changed.IsAmendment
            ? $"{changed.Year}年节假日安排修订（{changed.Notice}） / {changed.Year} holiday schedule amended"
            : $"{changed.Year}年节假日安排载入（{changed.Notice}） / {changed.Year} holiday schedule loaded";
        return registry.All.Select(deadlines => new RecomputeDeadlines(deadlines.CaseType, changed.ChangedDays, reason)).ToList();
    }

    public static async Task<OutgoingMessages> Handle(
        RecomputeDeadlines command, IDocumentSession session, DeadlineWatch watch, CaseDeadlinesRegistry registry, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        await registry.For(command.CaseType).RecomputeAsync(session, command, watch, outgoing, cancellation);
        return outgoing;
    }
}
