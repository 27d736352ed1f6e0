namespace Nanchuan.Utilities.Domain.Water;

/// <summary>The steps of a "pay last" water connection as pure decisions.</summary>
public static class WaterDecisions
{
    public static WaterConnected Connect(WaterConnection state, DateTimeOffset connectedAt, decimal workingDaysTaken)
    {
        if (state.Status != WaterConnectionStatus.Committed) throw new InvalidStateTransitionException(state.Status.ToChinese(), "接入通水");
        StepTimes.EnsureNotBefore("connectedAt", connectedAt, state.SignedAt);
        return new WaterConnected(state.Id, connectedAt, DeadlineDecisions.WithinLimit(state.Deadlines, UtilityDeadline.WaterConnection, connectedAt),
            workingDaysTaken);
    }

    public static CostListSent SendCostList(WaterConnection state, IReadOnlyList<CostItem> items, DateTimeOffset receivedAt, DateTimeOffset paymentDueAt)
    {
        if (state.Status != WaterConnectionStatus.Connected) throw new InvalidStateTransitionException(state.Status.ToChinese(), "送达费用清单");
        StepTimes.EnsureNotBefore("receivedAt", receivedAt, state.ConnectedAt!.Value);
        return new CostListSent(state.Id, items, items.Sum(i => i.Amount), receivedAt, paymentDueAt);
    }

    public static CommitmentFulfilled Fulfil(WaterConnection state, decimal amountPaid, DateTimeOffset paidAt)
    {
        if (state.Status != WaterConnectionStatus.Billed) throw new InvalidStateTransitionException(state.Status.ToChinese(), "履行承诺付费");
        StepTimes.EnsureNotBefore("paidAt", paidAt, state.CostListReceivedAt!.Value);
        if (amountPaid != state.Total)
            throw new DomainValidationException("amountPaid", $"缴费金额应为费用清单合计{state.Total}元 / the amount paid must equal the cost list total {state.Total} CNY.");
        return new CommitmentFulfilled(state.Id, amountPaid, paidAt, DeadlineDecisions.WithinLimit(state.Deadlines, UtilityDeadline.WaterPayment, paidAt));
    }

    /// <summary>Validates a cost list: at least one line, each with a name, a positive quantity, a price ≥ 0 and amount = quantity × price.</summary>
    public static IReadOnlyList<CostItem> ValidCostItems(IReadOnlyList<CostItem>? items)
    {
        var errors = new Dictionary<string, string[]>();
        if (items is null || items.Count == 0) errors["items"] = ["费用清单至少应有一项 / the cost list needs at least one line."];
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            if (string.IsNullOrWhiteSpace(item.Name)) errors[$"items[{i}].name"] = ["请填写费用项目 / name the cost item."];
            if (string.IsNullOrWhiteSpace(item.Unit)) errors[$"items[{i}].unit"] = ["请填写单位 / give the unit."];
            if (item.Quantity <= 0) errors[$"items[{i}].quantity"] = ["数量应大于0 / the quantity must be positive."];
            if (item.UnitPrice < 0) errors[$"items[{i}].unitPrice"] = ["单价不能为负 / the unit price cannot be negative."];
            if (item.Amount != Math.Round(item.Quantity * item.UnitPrice, 2))
                errors[$"items[{i}].amount"] = [$"金额应为数量×单价（{Math.Round(item.Quantity * item.UnitPrice, 2)}） / the amount must be quantity × unit price."];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return items!;
    }
}
