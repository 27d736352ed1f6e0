using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.Licensing.Ratings;

/// <summary>
/// A 差评's revisit and rectification limits on the platform's deadline capability: both run from the rating until the step is done, and
/// stop when an appeal is upheld (the rating no longer counts). An overdue one may be supervised (督办, platform rule 4, ADR 0107).
/// </summary>
public sealed class RatingDeadlines : SupervisedCaseDeadlines<ServiceRatingCase>
{
    public const string Type = "service-rating";
    public const string Revisit = nameof(Revisit);
    public const string Rectification = nameof(Rectification);

    public override string CaseType => Type;

    protected override CaseName CaseName => RatingSteps.Name;

    protected override string StateName(ServiceRatingCase state) => state switch
    {
        { Excluded: true } => "申诉成立，不计入",
        { ResolvedAt: not null } => "已整改或说明",
        { RevisitedAt: not null } => "已回访待整改",
        { FollowUp: not null } => "差评待回访",
        _ => "已评价",
    };

    protected override string DeadlineLabel(RunningDeadline deadline) => Label(deadline.Name) + "期限";

    public static string Label(string deadline) => deadline == Revisit ? "回访核实" : "整改或解释说明";

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<ServiceRatingCase>().Where(r => r.FollowUp != null && r.ResolvedAt == null).Select(r => r.Id).ToListAsync(cancellation);

    public override IEnumerable<RunningDeadline> Running(ServiceRatingCase state)
    {
        if (state is not { FollowUp: { } followUp } || state.Excluded) yield break;
        if (state is { RevisitedAt: null, RevisitDueAt: { } revisitDue })
            yield return new RunningDeadline(Revisit, TimeLimit.WorkingDays(followUp.RevisitWorkingDays), state.RatedAt, revisitDue,
                state.Warned.Contains(Revisit), state.Overdue.Contains(Revisit));
        if (state is { ResolvedAt: null, RectificationDueAt: { } rectificationDue })
            yield return new RunningDeadline(Rectification, TimeLimit.WorkingDays(followUp.RectificationWorkingDays), state.RatedAt, rectificationDue,
                state.Warned.Contains(Rectification), state.Overdue.Contains(Rectification));
    }

    public override OversightCase Oversight(ServiceRatingCase state, RunningDeadline deadline) =>
        new(LicensingModule.ModuleName, Type, state.Id, state.CreditCode, state.Department);

    protected override object Warned(ServiceRatingCase state, RunningDeadline deadline, DateTimeOffset now) => new RatingDeadlineWarned(state.Id, deadline.Name, deadline.DueAt);

    protected override object Overdue(ServiceRatingCase state, RunningDeadline deadline, DateTimeOffset now) => new RatingDeadlineOverdue(state.Id, deadline.Name, deadline.DueAt);

    protected override object Recomputed(
        ServiceRatingCase state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        new RatingDeadlineRecomputed(state.Id, deadline.Name, deadline.DueAt, dueAt, reason);
}
