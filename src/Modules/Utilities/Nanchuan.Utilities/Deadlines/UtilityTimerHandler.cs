using JasperFx;
using Marten;
using Nanchuan.Utilities.Contracts;
using Nanchuan.Utilities.Domain.Deadlines;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using Wolverine;
using Wolverine.Attributes;

namespace Nanchuan.Utilities.Deadlines;

/// <summary>A timer fired: the deadline decisions say whether it still matters (warning, overdue) or is stale.</summary>
public static class UtilityTimerHandler
{
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static Task<OutgoingMessages> Handle(UtilityTimerFired timer, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        timer.Deadline switch
        {
            UtilityDeadline.PowerOn => Fire<PowerConnection>(timer, session, time, cancellation),
            UtilityDeadline.WaterConnection or UtilityDeadline.WaterPayment => Fire<WaterConnection>(timer, session, time, cancellation),
            UtilityDeadline.GasSurvey or UtilityDeadline.GasPlan => Fire<GasConnection>(timer, session, time, cancellation),
            _ => throw new ArgumentOutOfRangeException(nameof(timer), timer.Deadline, null),
        };

    private static async Task<OutgoingMessages> Fire<T>(UtilityTimerFired timer, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
        where T : class, IWatchedCase
    {
        var outgoing = new OutgoingMessages();
        var now = time.GetUtcNow();
        if (now < timer.FireAt)
        {
            // Fired before its time by the platform clock (clocks disagree): wait for the rest.
            UtilityTimers.Schedule(outgoing, time, timer);
            return outgoing;
        }

        var stream = await session.Events.FetchForWriting<T>(timer.ConnectionId, cancellation);
        if (stream.Aggregate is not { } connection) return outgoing;
        if (timer.Warning)
        {
            if (DeadlineDecisions.Warn(connection.Deadlines, timer.Deadline, timer.DueAt, now) is { } warned) stream.AppendOne(warned);
            return outgoing;
        }
        if (DeadlineDecisions.Miss(connection.Deadlines, timer.Deadline, timer.DueAt, now) is not { } missed) return outgoing;
        stream.AppendOne(missed);
        outgoing.Add(new UtilityConnectionOverdue(connection.Id, connection.Utility, timer.Deadline.ToString(), connection.Provider,
            connection.CreditCode, connection.EnterpriseName, missed.DueAt, missed.DetectedAt));
        return outgoing;
    }
}
