using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Domain;
using Nanchuan.Licensing.Applications;
using Wolverine;

namespace Nanchuan.Bench;

/// <summary>
/// The oversight contract's messages a generated case would have sent, made by the module's own code as its commands make them
/// (its oversight mirror and the platform's deadline watch, fed the state before each step), plus the <see cref="DeadlineOverdue"/>
/// the platform's timer would have published for a deadline still running past its due time. The timers themselves (scheduled
/// messages) are left out: S11 writes the past, whose timers have fired (ADR 0169).
/// </summary>
public sealed class ContractMessages(DateTimeOffset now)
{
    private readonly DeadlineWatch _watch = new(WorkingDayCalendar.WithShippedSchedules(), TimeProvider.System, WarningLeads.Defaults);
    private readonly ApplicationDeadlines _applications = new();

    public IWorkingDayCalendar Calendar => _watch.Calendar;

    /// <summary>A request's messages: opened, each deadline set and met, each round's slip number, closed.</summary>
    public IReadOnlyList<object> OfGrievance(IReadOnlyList<object> history)
    {
        var received = (GrievanceReceived)history[0];
        var state = Grievance.Create(received);
        var outgoing = new OutgoingMessages();
        GrievanceDeadlines.WatchAssignment(_watch, outgoing, received);
        foreach (var e in history.Skip(1))
        {
            switch (e)
            {
                case GrievanceAssigned assigned:
                    outgoing.Add(GrievanceOversight.Numbered(state, assigned));
                    GrievanceDeadlines.Instance.Met(_watch, outgoing, state, nameof(Nanchuan.Grievances.Domain.DeadlineKind.Assignment), assigned.AssignedAt);
                    GrievanceDeadlines.WatchHandling(_watch, outgoing, state, assigned);
                    break;
                case HandlingReported reported:
                    GrievanceDeadlines.Instance.Met(_watch, outgoing, state, nameof(Nanchuan.Grievances.Domain.DeadlineKind.Handling), reported.ReportedAt);
                    break;
                case GrievanceClosed closed:
                    outgoing.Add(GrievanceOversight.Closed(state, closed));
                    break;
            }
            ((dynamic)state).Apply((dynamic)e);
        }
        foreach (var running in GrievanceDeadlines.Instance.Running(state)) Overdue(outgoing, GrievanceDeadlines.Instance.Oversight(state, running), running);
        return Contract(outgoing);
    }

    /// <summary>
    /// An application's messages, command by command (<paramref name="commands"/>: the events each appended): opened, its promised
    /// limit set on acceptance (none for an immediate item), closed by its result.
    /// </summary>
    public IReadOnlyList<object> OfApplication(IReadOnlyList<object[]> commands)
    {
        var state = new ServiceApplication();
        var outgoing = new OutgoingMessages();
        foreach (var events in commands)
        {
            foreach (var e in events) ((dynamic)state).Apply((dynamic)e);
            outgoing.AddRange(ApplicationEndpoints.DeadlinesOf(state, events, _watch, _applications));
        }
        foreach (var running in _applications.Running(state)) Overdue(outgoing, _applications.Oversight(state, running), running);
        return Contract(outgoing);
    }

    private void Overdue(OutgoingMessages outgoing, OversightCase @case, RunningDeadline running)
    {
        if (running.DueAt < now) outgoing.Add(new DeadlineOverdue(@case, running.Name, running.DueAt, DeadlineRules.OverdueCheckAt(running.DueAt)));
    }

    /// <summary>
    /// The contract's messages among those sent (the deadline timers scheduled beside them are not), an opening as the facts it carries
    /// (itself, then the deadlines it started: ADR 0204, 0249), each filed as its handler files it.
    /// </summary>
    private static List<object> Contract(OutgoingMessages outgoing) =>
        [.. outgoing.Where(m => m.GetType().Namespace == typeof(CaseOpened).Namespace).SelectMany(m => m is CaseOpened opened ? opened.Facts() : [m])];
}
