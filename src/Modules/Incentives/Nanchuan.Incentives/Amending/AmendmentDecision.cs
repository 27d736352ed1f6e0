using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Incentives.Amending;

/// <summary>An amendment checked against the agreement: the amendment event, and the items its new terms make due at once.</summary>
internal static class AmendmentDecision
{
    public static IReadOnlyList<IAgreementEvent> Amend(Agreement agreement, AmendAgreementBody body, DateTimeOffset now, IncentiveRules rules, IWorkingDayCalendar calendar)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", body.Reason, "变更原因（补充协议）", "the reason (the supplementary agreement)");
        var milestoneBodies = body.Milestones ?? [];
        var incentiveBodies = body.Incentives ?? [];
        var withdrawn = (body.Withdrawn ?? []).Select(c => c.Trim()).ToList();
        errors.If(milestoneBodies.Count + incentiveBodies.Count + withdrawn.Count == 0, "milestones", "变更至少涉及一项 / an amendment changes at least one line.");
        LedgerInput.Unique(errors, "incentives", [.. milestoneBodies.Select(m => m.Code), .. incentiveBodies.Select(i => i.Code), .. withdrawn]);
        foreach (var code in withdrawn)
            errors.If(agreement.Milestone(code) is null && agreement.Incentive(code) is null, "withdrawn", $"协议中没有事项{code} / the agreement has no line {code}.");
        var milestones = LedgerInput.Milestones(errors, milestoneBodies, agreement.SignedOn, calendar);
        var remaining = agreement.Milestones.Select(m => m.Code).Concat(milestones.Select(m => m.Code)).Except(withdrawn).ToHashSet();
        var incentives = LedgerInput.Incentives(errors, incentiveBodies, remaining);
        foreach (var orphan in agreement.Incentives.Where(i => !withdrawn.Contains(i.Code) && incentives.All(t => t.Code != i.Code)
                                                                && i.ConditionMilestone is { } c && !remaining.Contains(c)))
            errors.Add("withdrawn", $"兑现事项{orphan.Code}以履约事项{orphan.ConditionMilestone}为条件，不能撤销该履约事项 / item {orphan.Code} depends on milestone {orphan.ConditionMilestone}.");
        errors.ThrowIfAny();

        foreach (var code in milestones.Select(m => m.Code).Concat(withdrawn))
            if (agreement.Milestone(code) is { Status: MilestoneStatus.Fulfilled })
                throw new InvalidStateTransitionException(MilestoneStatus.Fulfilled.ToChinese(), "协议变更 (amend)",
                    $"履约事项{code}当前为“已履约”，不能变更或撤销 / milestone {code} is fulfilled: it cannot be changed or withdrawn.");
        foreach (var code in incentives.Select(i => i.Code).Concat(withdrawn))
            if (agreement.Incentive(code) is { Status: not IncentiveStatus.Pending } item)
                throw new InvalidStateTransitionException(item.Status.ToChinese(), "协议变更 (amend)",
                    $"兑现事项{code}当前为“{item.Status.ToChinese()}”，已进入兑现程序，不能变更或撤销 / item {code} is already due: it cannot be changed or withdrawn.");

        return [new AgreementAmended(agreement.Id, reason, milestones, incentives, withdrawn, now), .. FallingDue.OnTerms(agreement, agreement.Id, incentives, now, rules, calendar)];
    }
}
