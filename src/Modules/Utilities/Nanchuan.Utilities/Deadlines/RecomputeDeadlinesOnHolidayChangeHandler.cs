using JasperFx;
using Marten;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Utilities.Domain.Deadlines;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using Wolverine;
using Wolverine.Attributes;

namespace Nanchuan.Utilities.Deadlines;

/// <summary>
/// A year's holiday schedule was loaded or amended (platform rule 3): every running deadline of an open connection whose span
/// covers a changed day is recomputed; each move is recorded with its reason and watched afresh (old timers become stale).
/// </summary>
public static class RecomputeDeadlinesOnHolidayChangeHandler
{
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static async Task<OutgoingMessages> Handle(
        HolidayScheduleChanged changed, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        if (changed.ChangedDays.Count == 0) return outgoing;
        var reason = $"{changed.Year}年节假日安排{(changed.IsAmendment ? "修订" : "载入")}（{changed.Notice}）";

        var power = await session.Query<PowerConnection>().Where(c => c.Status != PowerConnectionStatus.PoweredOn).Select(c => c.Id).ToListAsync(cancellation);
        var water = await session.Query<WaterConnection>().Where(c => c.Status != WaterConnectionStatus.Fulfilled).Select(c => c.Id).ToListAsync(cancellation);
        var gas = await session.Query<GasConnection>()
            .Where(c => c.Status == GasConnectionStatus.Applied || c.Status == GasConnectionStatus.Surveyed).Select(c => c.Id).ToListAsync(cancellation);

        foreach (var id in power) await Recompute<PowerConnection>(id, session, calendar, time, changed.ChangedDays, reason, outgoing, cancellation);
        foreach (var id in water) await Recompute<WaterConnection>(id, session, calendar, time, changed.ChangedDays, reason, outgoing, cancellation);
        foreach (var id in gas) await Recompute<GasConnection>(id, session, calendar, time, changed.ChangedDays, reason, outgoing, cancellation);
        return outgoing;
    }

    private static async Task Recompute<T>(Guid id, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time,
        IReadOnlyList<DateOnly> changedDays, string reason, OutgoingMessages outgoing, CancellationToken cancellation) where T : class, IWatchedCase
    {
        var stream = await session.Events.FetchForWriting<T>(id, cancellation);
        if (stream.Aggregate is not { } connection) return;
        foreach (var moved in DeadlineDecisions.Recompute(connection.Deadlines, calendar, changedDays, reason))
        {
            stream.AppendOne(moved);
            UtilityTimers.Watch(outgoing, calendar, time, id, moved.Deadline, moved.DueAt);
        }
    }
}
