namespace Nanchuan.Licensing.FinancialStreet;

/// <summary>Pure decisions of the financial street: lodging a request to the chosen banks and each bank's answer.</summary>
internal static class FinancingDecisions
{
    public static Guid ReferralIdFor(Guid requestId, string bank) => DerivedIds.FromName($"nanchuan:licensing:financing:{requestId}:{bank}");

    /// <summary>The request and one referral per chosen bank; every chosen bank must offer the product.</summary>
    public static (FinancingRequested Request, IReadOnlyList<FinancingReferred> Referrals) Lodge(
        Guid requestId, LodgeFinancingRequest command, IReadOnlyList<StreetBank> street, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(command.EnterpriseName)) errors["enterpriseName"] = ["请填写企业名称 / the enterprise name is required."];
        if (command.Amount <= 0 || decimal.Round(command.Amount, 2) != command.Amount)
            errors["amount"] = ["融资金额应大于0且精确到分 / the amount is positive, in yuan to the fen."];
        if (string.IsNullOrWhiteSpace(command.Purpose)) errors["purpose"] = ["请填写资金用途 / the purpose is required."];
        var product = command.Product?.Trim() ?? "";
        if (!street.Any(b => b.LoanProducts.Contains(product)))
            errors["product"] = [$"金融街无此融资产品：{product} / no bank of the street offers '{product}'."];
        var banks = (command.Banks ?? []).Select(b => b.Trim()).ToList();
        var unknown = banks.Where(b => street.All(s => s.Name != b)).ToList();
        if (banks.Count == 0) errors["banks"] = ["请至少选择一家银行 / choose at least one bank."];
        else if (banks.Distinct().Count() != banks.Count) errors["banks"] = ["银行有重复 / a bank is chosen twice."];
        else if (unknown.Count > 0) errors["banks"] = [$"金融街无此银行：{string.Join("、", unknown)} / not a bank of the street: {string.Join(", ", unknown)}."];
        else if (!errors.ContainsKey("product") && street.Where(s => banks.Contains(s.Name) && !s.LoanProducts.Contains(product)).Select(s => s.Name).ToList() is { Count: > 0 } without)
            errors["banks"] = [$"{string.Join("、", without)}不提供{product} / {string.Join(", ", without)} do not offer {product}."];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var requested = new FinancingRequested(requestId, command.CreditCode, command.EnterpriseName.Trim(), command.Amount, command.Purpose.Trim(), product, banks, now);
        return (requested, banks.Select(bank => new FinancingReferred(ReferralIdFor(requestId, bank), requestId, bank, requested.CreditCode,
            requested.EnterpriseName, requested.Amount, requested.Purpose, product, now)).ToList());
    }

    /// <summary>Only the bank the referral went to answers; approval and decline are final, taking up happens once and before them.</summary>
    public static object Answer(FinancingReferral referral, string? department, AnswerFinancingRequest command, DateTimeOffset now)
    {
        if (department != referral.Bank)
            throw new AccessDeniedException($"该融资需求推送至{referral.Bank} / the request was routed to {referral.Bank}.");
        var action = command.Answer switch { BankAnswer.TakeUp => "受理", BankAnswer.Approve => "审批通过", _ => "未予授信" };
        if (referral.Status is ReferralStatus.Approved or ReferralStatus.Declined || (command.Answer == BankAnswer.TakeUp && referral.Status == ReferralStatus.TakenUp))
            throw new InvalidStateTransitionException(FinancingReferral.StatusLabel(referral.Status), action);
        return command.Answer switch
        {
            BankAnswer.TakeUp => new FinancingTakenUp(referral.Id, referral.RequestId, referral.Bank, now),
            BankAnswer.Approve when command.ApprovedAmount is not { } amount || amount <= 0 || amount > referral.Amount || decimal.Round(amount, 2) != amount =>
                throw new DomainValidationException("approvedAmount",
                    $"审批金额应大于0、精确到分且不超过申请金额{referral.Amount:0.##}元 / the approved amount is positive, to the fen, and at most the {referral.Amount:0.##} requested."),
            BankAnswer.Approve => new FinancingApproved(referral.Id, referral.RequestId, referral.Bank, command.ApprovedAmount!.Value, now),
            BankAnswer.Decline when string.IsNullOrWhiteSpace(command.Reason) =>
                throw new DomainValidationException("reason", "未予授信须说明原因 / a decline gives its reason."),
            BankAnswer.Decline => new FinancingDeclined(referral.Id, referral.RequestId, referral.Bank, command.Reason!.Trim(), now),
            _ => throw new DomainValidationException("answer", "答复应为takeUp、approve或decline / the answer is takeUp, approve or decline."),
        };
    }
}
