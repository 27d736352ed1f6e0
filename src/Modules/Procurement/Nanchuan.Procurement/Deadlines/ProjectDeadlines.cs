using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Procurement.Deadlines;

/// <summary>
/// The deadline of a project's current step on the platform's deadline capability (platform rule 4): the award after
/// registration closes (the owner's), or the approval of a justification (the supervising department's).
/// </summary>
internal sealed class ProjectDeadlines : SupervisedCaseDeadlines<WorksProject>
{
    /// <summary>Stateless: one instance serves the endpoints, the platform's registered one fires them.</summary>
    public static readonly ProjectDeadlines Instance = new();

    public override string CaseType => ProcurementCases.ProjectType;

    protected override CaseName CaseName => ProcurementCases.ProjectName;

    protected override string StateName(WorksProject state) => state.Status.ToChinese();

    protected override string DeadlineLabel(RunningDeadline deadline) => DeadlineNames.ToChinese(deadline.Name) + "期限";

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<WorksProject>().Where(p => p.Status == ProjectStatus.Registering || p.Status == ProjectStatus.AwaitingApproval || p.Status == ProjectStatus.AwaitingReaward)
            .Select(p => p.Id).ToListAsync(cancellation);

    public override IEnumerable<RunningDeadline> Running(WorksProject state) => state.Deadline is { } d
        ? [new RunningDeadline(d.Name, TimeLimit.WorkingDays(d.WorkingDays), d.Start, d.DueAt, d.Warned, d.Overdue)]
        : [];

    public override OversightCase Oversight(WorksProject state, RunningDeadline deadline) => ProcurementCases.Of(state, deadline.Name);

    protected override object Warned(WorksProject state, RunningDeadline deadline, DateTimeOffset now) =>
        new ProjectDeadlineWarned(state.Id, deadline.Name, deadline.DueAt, now);

    protected override object Overdue(WorksProject state, RunningDeadline deadline, DateTimeOffset now) =>
        new ProjectDeadlineOverdue(state.Id, deadline.Name, deadline.DueAt, now);

    protected override object Recomputed(WorksProject state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        new ProjectDeadlineRecomputed(state.Id, deadline.Name, deadline.DueAt, dueAt, reason, now);
}
