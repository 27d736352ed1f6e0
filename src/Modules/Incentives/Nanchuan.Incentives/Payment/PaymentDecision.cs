namespace Nanchuan.Incentives.Payment;

/// <summary>
/// 审核认定兑现, the steps of a government item in order: its condition met (应兑) → joint review by the departments
/// concerned → the decision (the leading group's, or the park committee's for an item under another policy) → funds
/// scheduled → paid. A step whose predecessors are missing is a 409 that names them; no amount may exceed the one before
/// it, so the amount paid never exceeds the amount decided. Pure: the endpoints pass the agreement, the actor and the time.
/// </summary>
internal static class PaymentDecision
{
    private enum Step
    {
        Condition,
        Review,
        Decision,
        Funds,
    }

    public static IncentiveReviewed Review(Agreement agreement, string code, IReadOnlyList<string> departments, decimal amount, string opinion, Actor by, DateTimeOffset now)
    {
        var item = Item(agreement, code);
        Require(item, Step.Condition, "联合审查", "review");
        if (item.Review is not null) throw Done(item, "联合审查", "review");
        Within(item, amount, item.Amount, "协议约定金额", "the committed amount");
        return new IncentiveReviewed(agreement.Id, code, departments, amount, opinion, by.Id, by.Name, now);
    }

    public static IncentiveDecided Decide(Agreement agreement, string code, DecisionAuthority authority, decimal amount, string meeting, Actor by, DateTimeOffset now)
    {
        var item = Item(agreement, code);
        Require(item, Step.Review, "审定", "decide");
        if (item.Decision is not null) throw Done(item, "审定", "decide");
        if (authority != item.RequiredAuthority)
            throw new InvalidStateTransitionException(item.Status.ToChinese(), "审定 (decide)",
                $"兑现事项{code}{(item.Basis == IncentiveBasis.Agreement ? "依招商签约协议兑现" : $"依{item.Policy}兑现")}，应由{item.RequiredAuthority.ToChinese()} / " +
                $"item {code} is under {(item.Basis == IncentiveBasis.Agreement ? "the agreement" : "another policy")}: it needs {item.RequiredAuthority.ToEnglish()}.");
        Within(item, amount, item.Review!.Amount, "联合审查确认金额", "the amount the joint review confirmed");
        return new IncentiveDecided(agreement.Id, code, authority, amount, meeting, by.Id, by.Name, by.Department, now);
    }

    public static IncentiveFundsScheduled Schedule(Agreement agreement, string code, decimal amount, DateOnly payBy, Actor by, DateTimeOffset now)
    {
        var item = Item(agreement, code);
        Require(item, Step.Decision, "调度资金", "schedule funds for");
        if (item.Status == IncentiveStatus.Paid) throw Done(item, "调度资金", "schedule funds for");
        Within(item, item.Scheduled + amount, item.Decision!.Amount, "审定金额", "the decided amount");
        return new IncentiveFundsScheduled(agreement.Id, code, amount, payBy, by.Id, by.Name, by.Department, now);
    }

    public static IncentivePaid Pay(Agreement agreement, string code, decimal amount, DateOnly paidOn, string voucher, Actor by, DateTimeOffset now)
    {
        var item = Item(agreement, code);
        Require(item, Step.Funds, "兑付", "pay");
        if (item.Status == IncentiveStatus.Paid) throw Done(item, "兑付", "pay");
        Within(item, item.Paid + amount, item.Decision!.Amount, "审定金额", "the decided amount");
        Within(item, item.Paid + amount, item.Scheduled, "已调度资金", "the funds scheduled");
        return new IncentivePaid(agreement.Id, code, amount, paidOn, voucher, item.Paid + amount == item.Decision.Amount, by.Id, by.Name, by.Department, now);
    }

    public static Incentive Item(Agreement agreement, string code) =>
        agreement.Incentive(code) ?? throw new NotFoundException($"协议中没有兑现事项{code} / the agreement has no government item {code}.");

    /// <summary>Every step up to <paramref name="last"/> must have been taken; those that were not are named, in order.</summary>
    private static void Require(Incentive item, Step last, string action, string englishAction)
    {
        var missing = new List<(string Chinese, string English)>();
        if (item.Status == IncentiveStatus.Pending)
            missing.Add(($"兑现条件（{item.Condition}）未满足", $"its condition ({item.ConditionMilestone ?? "none"}) is not met"));
        if (last >= Step.Review && item.Review is null) missing.Add(("部门联合审查", "the joint review by the departments concerned"));
        if (last >= Step.Decision && item.Decision is null) missing.Add((item.RequiredAuthority.ToChinese(), item.RequiredAuthority.ToEnglish()));
        if (last >= Step.Funds && item.Schedules.Count == 0) missing.Add(("资金调度", "funds scheduled"));
        if (missing.Count == 0) return;
        throw new InvalidStateTransitionException(item.Status.ToChinese(), $"{action} ({englishAction})",
            $"兑现事项{item.Code}当前为“{item.Status.ToChinese()}”，{action}前缺少：{string.Join("、", missing.Select(m => m.Chinese))} / " +
            $"cannot {englishAction} item {item.Code} yet: missing {string.Join(", ", missing.Select(m => m.English))}.");
    }

    private static InvalidStateTransitionException Done(Incentive item, string action, string englishAction) =>
        new(item.Status.ToChinese(), $"{action} ({englishAction})",
            $"兑现事项{item.Code}当前为“{item.Status.ToChinese()}”，{action}已办理 / item {item.Code} is '{item.Status}': that step was already taken.");

    private static void Within(Incentive item, decimal total, decimal limit, string limitName, string englishLimit)
    {
        if (total <= limit) return;
        throw new InvalidStateTransitionException(item.Status.ToChinese(), "金额超限 (amount over the limit)",
            $"兑现事项{item.Code}：合计{total:0.##}元，超过{limitName}{limit:0.##}元 / item {item.Code}: {total:0.##} CNY in all is more than {englishLimit} ({limit:0.##} CNY).");
    }
}
