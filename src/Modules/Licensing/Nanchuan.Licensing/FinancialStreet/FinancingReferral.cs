namespace Nanchuan.Licensing.FinancialStreet;

public enum ReferralStatus { Awaiting, TakenUp, Approved, Declined }

/// <summary>
/// One bank's part of a financing request: its own stream, so banks answer at the same time without conflicting. The time to answer
/// runs from referral to the bank's first answer (taking it up, approving or declining), in calendar hours.
/// </summary>
public sealed class FinancingReferral
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public string Bank { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public decimal Amount { get; set; }
    public string Purpose { get; set; } = "";
    public string Product { get; set; } = "";
    public DateTimeOffset ReferredAt { get; set; }
    public ReferralStatus Status { get; set; }
    public DateTimeOffset? FirstAnsweredAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public decimal? ApprovedAmount { get; set; }
    public string? DeclineReason { get; set; }

    public decimal? HoursToAnswer => FirstAnsweredAt is { } at ? Math.Round((decimal)(at - ReferredAt).TotalHours, 2, MidpointRounding.AwayFromZero) : null;

    public static string StatusLabel(ReferralStatus status) => status switch
    {
        ReferralStatus.Awaiting => "待银行答复",
        ReferralStatus.TakenUp => "银行已受理",
        ReferralStatus.Approved => "已审批通过",
        _ => "未予授信",
    };

    public void Apply(FinancingReferred e)
    {
        Id = e.ReferralId;
        RequestId = e.RequestId;
        Bank = e.Bank;
        CreditCode = e.CreditCode.Value;
        EnterpriseName = e.EnterpriseName;
        Amount = e.Amount;
        Purpose = e.Purpose;
        Product = e.Product;
        ReferredAt = e.ReferredAt;
    }

    public void Apply(FinancingTakenUp e)
    {
        Status = ReferralStatus.TakenUp;
        FirstAnsweredAt ??= e.At;
    }

    public void Apply(FinancingApproved e)
    {
        Status = ReferralStatus.Approved;
        ApprovedAmount = e.Amount;
        FirstAnsweredAt ??= e.At;
        DecidedAt = e.At;
    }

    public void Apply(FinancingDeclined e)
    {
        Status = ReferralStatus.Declined;
        DeclineReason = e.Reason;
        FirstAnsweredAt ??= e.At;
        DecidedAt = e.At;
    }
}

/// <summary>An enterprise's financing request as lodged; each chosen bank's answer is on its <see cref="FinancingReferral"/>.</summary>
public sealed class FinancingRequest
{
    public Guid Id { get; set; }
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public decimal Amount { get; set; }
    public string Purpose { get; set; } = "";
    public string Product { get; set; } = "";
    public IReadOnlyList<string> Banks { get; set; } = [];
    public DateTimeOffset LodgedAt { get; set; }

    public void Apply(FinancingRequested e)
    {
        Id = e.RequestId;
        CreditCode = e.CreditCode.Value;
        EnterpriseName = e.EnterpriseName;
        Amount = e.Amount;
        Purpose = e.Purpose;
        Product = e.Product;
        Banks = e.Banks;
        LodgedAt = e.LodgedAt;
    }
}
