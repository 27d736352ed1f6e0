using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Incentives.Deadlines;

/// <summary>
/// The deadlines of an agreement on the platform's capability (platform rule 4), both sides' promises: each pending
/// enterprise milestone ("Milestone:E1", calendar days from the signing day to its due date; missed → at risk) and each
/// government item due and unpaid ("Payment:G1", <see cref="IncentiveRules.PaymentDays"/> calendar days from falling due;
/// missed → overdue, 逾期未兑). Both are the park committee's to follow. Only a government item is ever overdue (a missed milestone puts the
/// agreement at risk instead), so only those are supervised (督办, platform rule 4, ADR 0107).
/// </summary>
internal sealed class AgreementDeadlines : SupervisedCaseDeadlines<Agreement>
{
    private const string MilestonePrefix = "Milestone:";
    private const string PaymentPrefix = "Payment:";

    /// <summary>The deadlines hold no state: the endpoints use this one to watch what a step started.</summary>
    public static readonly AgreementDeadlines Instance = new();

    public override string CaseType => AgreementCases.CaseType;

    protected override CaseName CaseName => AgreementCases.Name;

    protected override string StateName(Agreement state) => state.Honoured ? "已全部兑现" : state.HasOutstanding ? "有应兑未兑事项" : "履约中";

    protected override string DeadlineLabel(RunningDeadline deadline) =>
        IsMilestone(deadline) ? $"企业履约节点（{CodeOf(deadline)}）" : $"政策兑现期限（{CodeOf(deadline)}）";

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<Agreement>().Where(a => !a.Honoured).Select(a => a.Id).ToListAsync(cancellation);

    public override IEnumerable<RunningDeadline> Running(Agreement state)
    {
        foreach (var m in state.Milestones.Where(m => m.Status == MilestoneStatus.Pending))
            yield return new RunningDeadline(MilestonePrefix + m.Code, TimeLimit.CalendarDays(m.DueDate.DayNumber - state.SignedOn.DayNumber),
                LedgerInput.SigningInstant(state.SignedOn), m.DueAt, m.Warned, false);
        foreach (var i in state.Incentives.Where(i => i.IsOutstanding && i.PaymentDueAt is not null))
            yield return new RunningDeadline(PaymentPrefix + i.Code, TimeLimit.CalendarDays(i.PaymentDays!.Value), i.DueSince!.Value, i.PaymentDueAt!.Value,
                i.PaymentWarned, i.PaymentOverdue);
    }

    public override OversightCase Oversight(Agreement state, RunningDeadline deadline) => AgreementCases.Of(state);

    protected override object Warned(Agreement state, RunningDeadline deadline, DateTimeOffset now) => IsMilestone(deadline)
        ? new MilestoneDeadlineWarned(state.Id, CodeOf(deadline), deadline.DueAt, now)
        : new IncentivePaymentWarned(state.Id, CodeOf(deadline), deadline.DueAt, now);

    protected override object Overdue(Agreement state, RunningDeadline deadline, DateTimeOffset now) => IsMilestone(deadline)
        ? new MilestoneMissed(state.Id, CodeOf(deadline), deadline.DueAt, now)
        : new IncentivePaymentOverdue(state.Id, CodeOf(deadline), deadline.DueAt, now);

    protected override object Recomputed(Agreement state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        IsMilestone(deadline)
            ? new MilestoneDeadlineRecomputed(state.Id, CodeOf(deadline), deadline.DueAt, dueAt, reason, now)
            : new IncentivePaymentDeadlineRecomputed(state.Id, CodeOf(deadline), deadline.DueAt, dueAt, reason, now);

    /// <summary>The deadlines a step started or moved: those running after it that were not running, or ran to another due time, before it.</summary>
    public void WatchChanges(DeadlineWatch watch, OutgoingMessages outgoing, Agreement? before, Agreement after)
    {
        var previous = before is null ? [] : Running(before).ToDictionary(d => d.Name);
        foreach (var deadline in Running(after))
        {
            if (!previous.TryGetValue(deadline.Name, out var old)) watch.Set(outgoing, Oversight(after, deadline), deadline);
            else if (old.DueAt != deadline.DueAt) watch.Moved(outgoing, Oversight(after, deadline), deadline, old.DueAt, "协议变更 / agreement amended");
        }
    }

    private static bool IsMilestone(RunningDeadline deadline) => deadline.Name.StartsWith(MilestonePrefix, StringComparison.Ordinal);

    private static string CodeOf(RunningDeadline deadline) => deadline.Name[(deadline.Name.IndexOf(':') + 1)..];
}
