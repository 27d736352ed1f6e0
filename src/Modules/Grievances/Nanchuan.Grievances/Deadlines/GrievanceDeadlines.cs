using JasperFx.Events;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Reporting;
using Wolverine;
using Kind = Nanchuan.Grievances.Domain.DeadlineKind;
using OversightCase = Nanchuan.BuildingBlocks.Oversight.OversightCase;

namespace Nanchuan.Grievances.Deadlines;

/// <summary>
/// A request's deadlines on the platform's deadline capability (platform rule 4): the assignment deadline while it waits to be
/// assigned, the current round's handling deadline while it is handled, and the module's own events for each.
/// </summary>
public sealed class GrievanceDeadlines : CaseDeadlines<Grievance>
{
    public const string Type = "grievance";

    /// <summary>The deadlines hold no state: the endpoints use this one to publish a met deadline.</summary>
    public static readonly GrievanceDeadlines Instance = new();

    /// <summary>Who assigns requests (交办): the district business office.</summary>
    public const string AssigningDepartment = "区营商办";

    private static readonly GrievanceStatus[] RunningDeadline = [GrievanceStatus.Received, GrievanceStatus.Assigned, GrievanceStatus.Contacted];

    public override string CaseType => Type;

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<Grievance>().Where(grievance => grievance.Status.In(RunningDeadline)).Select(grievance => grievance.Id).ToListAsync(cancellation);

    protected override Task<IEventStream<Grievance>?> LoadIfAnyAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        GrievanceCase.LoadIfAnyAsync(session, id, cancellation);

    public override IEnumerable<RunningDeadline> Running(Grievance state) => state.OpenDeadlines().Select(open => open.Kind == Kind.Assignment
        ? Of(open, state.IsAssignmentDeadlineWarned, state.IsAssignmentOverdue)
        : Of(open, state.CurrentRound!.DeadlineWarned, state.CurrentRound.Overdue));

    public override OversightCase Oversight(Grievance state, RunningDeadline deadline) =>
        Case(state, deadline.Name == nameof(Kind.Handling) ? state.CurrentRound!.HandlingUnitName : AssigningDepartment);

    public static OversightCase Case(Grievance state, string department) =>
        new(GrievancesModule.ModuleName, Type, state.Id, state.CreditCode?.Value, department);

    /// <summary>A request received: opened on the oversight contract with its assignment deadline, which the platform watches.</summary>
    public static void WatchAssignment(DeadlineWatch watch, OutgoingMessages outgoing, GrievanceReceived received)
    {
        var request = Grievance.Create(received);
        watch.Open(outgoing, GrievanceOversight.Opened(received), Of(request.OpenDeadlines().Single(), false, false));
    }

    /// <summary>A round assigned: its handling deadline is watched by the platform.</summary>
    public static void WatchHandling(DeadlineWatch watch, OutgoingMessages outgoing, Grievance state, GrievanceAssigned assigned) =>
        watch.Set(outgoing, Case(state, assigned.HandlingUnitName),
            Of(new OpenDeadline(Kind.Handling, assigned.Round, assigned.AssignedAt, assigned.TimeLimitWorkingDays, assigned.HandlingDueAt), false, false));

    protected override object Warned(Grievance state, RunningDeadline deadline, DateTimeOffset now) => deadline.Name == nameof(Kind.Assignment)
        ? new AssignmentDeadlineWarned(state.Id, deadline.DueAt, now)
        : new HandlingDeadlineWarned(state.Id, state.CurrentRound!.Round, state.CurrentRound.SlipNumber, state.CurrentRound.HandlingUnitId, deadline.DueAt, now);

    protected override object Overdue(Grievance state, RunningDeadline deadline, DateTimeOffset now) => deadline.Name == nameof(Kind.Assignment)
        ? new AssignmentOverdue(state.Id, deadline.DueAt, now)
        : new HandlingOverdue(state.Id, state.CurrentRound!.Round, state.CurrentRound.SlipNumber, state.CurrentRound.HandlingUnitId, deadline.DueAt, now);

    protected override object Recomputed(Grievance state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now)
    {
        var kind = Enum.Parse<Kind>(deadline.Name);
        return new DeadlineRecomputed(state.Id, kind, kind == Kind.Handling ? state.CurrentRound!.Round : null, deadline.DueAt, dueAt, reason, now);
    }

    /// <summary>Other modules consume <c>EnterpriseRequestOverdue</c>; the monthly report counts overdue rounds and their due times.</summary>
    protected override IEnumerable<object> AlsoPublish(Grievance state, object recorded) => recorded switch
    {
        AssignmentOverdue overdue => [IntegrationMessages.Overdue(state, overdue)],
        HandlingOverdue overdue => [IntegrationMessages.Overdue(state, overdue), new RefreshMonthlyReport(state.Id)],
        DeadlineRecomputed { Deadline: Kind.Handling } => [new RefreshMonthlyReport(state.Id)],
        _ => [],
    };

    private static RunningDeadline Of(OpenDeadline open, bool warned, bool overdue) =>
        new(open.Kind.ToString(), TimeLimit.WorkingDays(open.WorkingDays), open.Start, open.DueAt, warned, overdue);
}
