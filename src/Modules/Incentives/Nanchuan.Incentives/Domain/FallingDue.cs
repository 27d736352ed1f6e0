using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Incentives.Domain;

/// <summary>
/// When the government's items become due (应兑): an item whose condition names a milestone when that milestone is recorded
/// as fulfilled; an item with no milestone condition as soon as it is in the ledger (signing or amendment). Each starts its
/// payment clock of <see cref="IncentiveRules.PaymentDays"/> calendar days.
/// </summary>
internal static class FallingDue
{
    /// <summary>The items <paramref name="milestoneCode"/>'s fulfilment makes due.</summary>
    public static IEnumerable<IncentiveFellDue> OnFulfilment(Agreement agreement, string milestoneCode, DateTimeOffset now, IncentiveRules rules, IWorkingDayCalendar calendar) =>
        agreement.Incentives.Where(i => i.Status == IncentiveStatus.Pending && i.ConditionMilestone == milestoneCode)
            .Select(i => Due(agreement.Id, i.Code, milestoneCode, i.Amount, now, rules, calendar));

    /// <summary>The items of new or changed terms whose condition is already met (none, or a milestone already fulfilled).</summary>
    public static IEnumerable<IncentiveFellDue> OnTerms(Agreement? agreement, Guid agreementId, IEnumerable<IncentiveTerms> terms, DateTimeOffset now, IncentiveRules rules,
        IWorkingDayCalendar calendar) =>
        terms.Where(t => t.ConditionMilestone is null || agreement?.Milestone(t.ConditionMilestone)?.Status == MilestoneStatus.Fulfilled)
            .Select(t => Due(agreementId, t.Code, t.ConditionMilestone, t.Amount, now, rules, calendar));

    private static IncentiveFellDue Due(Guid agreementId, string code, string? milestone, decimal amount, DateTimeOffset now, IncentiveRules rules, IWorkingDayCalendar calendar) =>
        new(agreementId, code, milestone, amount, rules.PaymentDays, calendar.AddCalendarDays(now, rules.PaymentDays), now);
}
