namespace Nanchuan.Utilities.Domain.Gas;

/// <summary>The steps of a gas connection as pure decisions.</summary>
public static class GasDecisions
{
    public static GasSiteSurveyed Survey(GasConnection state, DateTimeOffset surveyedAt, string findings, DateTimeOffset planDueAt)
    {
        if (state.Status != GasConnectionStatus.Applied) throw new InvalidStateTransitionException(state.Status.ToChinese(), "告知受理并现场勘查");
        StepTimes.EnsureNotBefore("surveyedAt", surveyedAt, state.ReceivedAt);
        return new GasSiteSurveyed(state.Id, surveyedAt, findings, DeadlineDecisions.WithinLimit(state.Deadlines, UtilityDeadline.GasSurvey, surveyedAt), planDueAt);
    }

    public static GasPlanProposed ProposePlan(GasConnection state, DateTimeOffset proposedAt, string plan)
    {
        if (state.Status != GasConnectionStatus.Surveyed) throw new InvalidStateTransitionException(state.Status.ToChinese(), "提供接气方案");
        StepTimes.EnsureNotBefore("proposedAt", proposedAt, state.SurveyedAt!.Value);
        return new GasPlanProposed(state.Id, proposedAt, plan, DeadlineDecisions.WithinLimit(state.Deadlines, UtilityDeadline.GasPlan, proposedAt));
    }

    /// <summary>
    /// One side signs. The user's signature carries its choice, checked against the price list then in force; the operator
    /// signs without one. The second signature also records the plan as signed by both, fixing the price list version in
    /// force at that moment, against which the user's choice is checked again.
    /// </summary>
    public static IReadOnlyList<IDescribedEvent> Sign(
        GasConnection state, GasPlanParty party, string signerId, string signerName, DateTimeOffset signedAt, PriceListEdition? edition,
        string? packageCode, IReadOnlyList<ChosenItem> items)
    {
        if (state.Status != GasConnectionStatus.PlanProposed) throw new InvalidStateTransitionException(state.Status.ToChinese(), "签字确认接气方案");
        if (state.SignedBy(party) is not null)
            throw new InvalidStateTransitionException(party == GasPlanParty.User ? "用户已签字" : "燃气经营企业已签字", "再次签字确认接气方案");
        StepTimes.EnsureNotBefore("signedAt", signedAt, state.PlanProposedAt!.Value);
        if (party == GasPlanParty.Operator && (packageCode is not null || items.Count > 0))
            throw new DomainValidationException(packageCode is not null ? "packageCode" : "items",
                "物料类型、数量或套餐由用户签字时选择 / the user chooses the items or the package when it signs; the operator signs without a choice.");
        if (edition is null)
            throw new DomainValidationException("signedAt", $"{state.Operator}在签字时没有生效的物料清单 / {state.Operator} had no price list in force at the signing time.");

        var (chosenPackage, chosenItems) = party == GasPlanParty.User ? (packageCode, items) : (state.PackageCode, (IReadOnlyList<ChosenItem>)state.ChosenItems);
        if (party == GasPlanParty.User || state.SignedBy(GasPlanParty.User) is not null) CheckChoice(state, edition, chosenPackage, chosenItems);

        var signature = new GasPlanSignedByParty(state.Id, party, signerId, signerName, signedAt, party == GasPlanParty.User ? packageCode : null,
            party == GasPlanParty.User ? items : []);
        var other = party == GasPlanParty.User ? GasPlanParty.Operator : GasPlanParty.User;
        return state.SignedBy(other) is null
            ? [signature]
            : [signature, new GasPlanSigned(state.Id, signedAt, edition.Version, chosenPackage, chosenItems)];
    }

    private static void CheckChoice(GasConnection state, PriceListEdition edition, string? packageCode, IReadOnlyList<ChosenItem> items)
    {
        var errors = new Dictionary<string, string[]>();
        if (packageCode is not null)
        {
            if (state.Category != GasUserCategory.SmallCommercial)
                errors["packageCode"] = ["一口价套餐仅适用于中小型商业用户 / fixed-price packages are for small commercial users only."];
            else if (edition.Packages.All(p => p.Code != packageCode))
                errors["packageCode"] = [$"物料清单第{edition.Version}版没有套餐“{packageCode}” / version {edition.Version} has no package '{packageCode}'."];
            if (items.Count > 0) errors["items"] = ["选择一口价套餐时不再单独选择物料 / a package needs no separate items."];
        }
        else
        {
            if (items.Count == 0) errors["items"] = ["请选择物料类型及数量或一口价套餐 / choose items and quantities, or a package."];
            for (var i = 0; i < items.Count; i++)
            {
                if (edition.Items.All(p => p.Code != items[i].ItemCode))
                    errors[$"items[{i}].itemCode"] = [$"物料清单第{edition.Version}版没有“{items[i].ItemCode}” / version {edition.Version} has no item '{items[i].ItemCode}'."];
                if (items[i].Quantity <= 0) errors[$"items[{i}].quantity"] = ["数量应大于0 / the quantity must be positive."];
            }
            if (items.GroupBy(i => i.ItemCode).Any(g => g.Count() > 1)) errors["items"] = ["同一物料只能选择一次 / choose each item once."];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    public static GasFeeIssued IssueFee(GasConnection state, PriceListEdition signedEdition, IReadOnlyList<SubmittedFeeLine> lines, decimal total, DateTimeOffset issuedAt)
    {
        if (state.Status != GasConnectionStatus.PlanSigned) throw new InvalidStateTransitionException(state.Status.ToChinese(), "出具报装费用明细");
        StepTimes.EnsureNotBefore("issuedAt", issuedAt, state.PlanSignedAt!.Value);
        var fee = GasFeeCalculator.Compute(signedEdition, state.PackageCode, state.ChosenItems);
        GasFeeCalculator.EnsureMatches(fee, lines, total, signedEdition.Version);
        return new GasFeeIssued(state.Id, fee.Lines, fee.Labour, fee.Materials, fee.Total, signedEdition.Version, issuedAt);
    }
}
