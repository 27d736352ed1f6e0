using JasperFx;
using Marten;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Reporting;
using Wolverine;
using Wolverine.Attributes;

namespace Nanchuan.Grievances.Deadlines;

/// <summary>A timer fired: the domain decides whether it still matters (warning, overdue, promise reminder) or is stale.</summary>
public static class GrievanceTimerHandler
{
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static async Task<OutgoingMessages> Handle(GrievanceTimerFired timer, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        var now = time.GetUtcNow();
        if (now < timer.FireAt)
        {
            // Fired before its time by the platform clock (clocks disagree): wait for the rest.
            GrievanceTimers.Schedule(outgoing, time, timer);
            return outgoing;
        }

        var stream = await GrievanceCase.LoadIfAnyAsync(session, timer.GrievanceId, cancellation);
        if (stream?.Aggregate is not { } state) return outgoing;

        object? fired = timer.Kind switch
        {
            GrievanceTimerKind.AssignmentWarning => GrievanceDecisions.WarnAssignmentDeadline(state, timer.DueAt, now),
            GrievanceTimerKind.AssignmentOverdue => GrievanceDecisions.DeclareAssignmentOverdue(state, timer.DueAt, now),
            GrievanceTimerKind.HandlingWarning => GrievanceDecisions.WarnHandlingDeadline(state, timer.Round!.Value, timer.DueAt, now),
            GrievanceTimerKind.HandlingOverdue => GrievanceDecisions.DeclareHandlingOverdue(state, timer.Round!.Value, timer.DueAt, now),
            GrievanceTimerKind.PromiseRevisit => GrievanceDecisions.RemindPromiseRevisit(state, timer.Round!.Value, now),
            _ => throw new ArgumentOutOfRangeException(nameof(timer), timer.Kind, null),
        };
        if (fired is null) return outgoing;

        stream.AppendOne(fired);
        if (fired is AssignmentOverdue assignmentOverdue) outgoing.Add(IntegrationMessages.Overdue(state, assignmentOverdue));
        if (fired is HandlingOverdue handlingOverdue)
        {
            outgoing.Add(IntegrationMessages.Overdue(state, handlingOverdue));
            outgoing.Add(new RefreshMonthlyReport(timer.GrievanceId));
        }
        return outgoing;
    }
}
