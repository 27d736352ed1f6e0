using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Judiciary.Deadlines;

/// <summary>
/// The responsible unit's mediation limit on the platform's deadline capability (platform rule 4): one deadline "Mediation"
/// while a unit mediates, watched for that unit, standing still while the parties have asked for time.
/// </summary>
internal sealed class MediationDeadlines : SupervisedCaseDeadlines<DisputeCase>
{
    public const string Name = "Mediation";

    /// <summary>Stateless: one instance serves the endpoints, the platform's registered one fires them.</summary>
    public static readonly MediationDeadlines Instance = new();

    public override string CaseType => JudiciaryCases.DisputeType;

    protected override CaseName CaseName => JudiciaryCases.DisputeName;

    protected override string StateName(DisputeCase state) => state.Status.ToChinese();

    protected override string DeadlineLabel(RunningDeadline deadline) => "调解办理期限";

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<DisputeCase>().Where(c => c.Status == DisputeStatus.Mediating).Select(c => c.Id).ToListAsync(cancellation);

    public override IEnumerable<RunningDeadline> Running(DisputeCase state) => state is { Status: DisputeStatus.Mediating, Mediation: { } m }
        ? [new RunningDeadline(Name, TimeLimit.WorkingDays(m.WorkingDays), m.Start, m.DueAt, m.Warned, m.Overdue, m.PausedFor, m.PausedAt)]
        : [];

    public override OversightCase Oversight(DisputeCase state, RunningDeadline deadline) => JudiciaryCases.Of(state, state.Mediation!.Unit);

    protected override object Warned(DisputeCase state, RunningDeadline deadline, DateTimeOffset now) =>
        new MediationDeadlineWarned(state.Id, state.Mediation!.Unit, deadline.DueAt, now);

    protected override object Overdue(DisputeCase state, RunningDeadline deadline, DateTimeOffset now) =>
        new MediationOverdue(state.Id, state.Mediation!.Unit, deadline.DueAt, now);

    protected override object Recomputed(DisputeCase state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        new MediationDeadlineRecomputed(state.Id, state.Mediation!.Unit, deadline.DueAt, dueAt, reason, now);
}
