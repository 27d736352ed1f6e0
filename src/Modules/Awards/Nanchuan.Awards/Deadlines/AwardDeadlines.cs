using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Awards.Deadlines;

/// <summary>
/// The award's deadline on the platform's deadline capability (platform rule 4, ADR 0072): set when both bodies have approved
/// the list, due at the end of the first quarter of the next year, warned and declared overdue with the oversight events;
/// the award ends it.
/// </summary>
internal sealed class AwardDeadlines : SupervisedCaseDeadlines<Contest>
{
    public static readonly AwardDeadlines Instance = new();

    public override string CaseType => AwardsCases.ContestType;

    protected override CaseName CaseName => AwardsCases.ContestName;

    protected override string StateName(Contest state) => state.Phase.ToChinese();

    protected override string DeadlineLabel(RunningDeadline deadline) => "奖励兑现期限";

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<Contest>().Where(c => c.Phase == ContestPhase.Award).Select(c => c.Id).ToListAsync(cancellation);

    public override IEnumerable<RunningDeadline> Running(Contest state) =>
        state.Phase == ContestPhase.Award && state.AwardDeadline is { } deadline ? [deadline] : [];

    public override OversightCase Oversight(Contest state, RunningDeadline deadline) => AwardsCases.Of(state);

    protected override object Warned(Contest state, RunningDeadline deadline, DateTimeOffset now) => new AwardDeadlineWarned(state.Id, deadline.DueAt, now);

    protected override object Overdue(Contest state, RunningDeadline deadline, DateTimeOffset now) => new AwardOverdue(state.Id, deadline.DueAt, now);

    protected override object Recomputed(Contest state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        new AwardDeadlineRecomputed(state.Id, deadline.DueAt, dueAt, reason, now);
}
