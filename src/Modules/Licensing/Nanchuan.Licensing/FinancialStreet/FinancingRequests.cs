using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.FinancialStreet;

/// <summary>A financing request: the amount in CNY, the purpose, a loan product, and the banks of the street it goes to (one or more).</summary>
public sealed record LodgeFinancingRequest(
    UnifiedSocialCreditCode CreditCode, string EnterpriseName, decimal Amount, string Purpose, string Product, IReadOnlyList<string>? Banks)
    : IOpenApiExample<LodgeFinancingRequest>
{
    public static LodgeFinancingRequest Example => new(UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98"), "重庆南川示例科技有限公司", 500000m,
        "购置茶叶加工设备", "小微企业贷", ["建设银行", "三峡银行"]);
}

public enum BankAnswer { TakeUp, Approve, Decline }

/// <summary>A bank's answer: take the request up (受理), approve an amount (at most the amount requested), or decline with a reason.</summary>
public sealed record AnswerFinancingRequest(BankAnswer Answer, decimal? ApprovedAmount, string? Reason) : IOpenApiExample<AnswerFinancingRequest>
{
    public static AnswerFinancingRequest Example => new(BankAnswer.Approve, 400000m, null);
}

/// <summary>A financing request with each chosen bank's answer.</summary>
public sealed record FinancingRequestView(FinancingRequest Request, IReadOnlyList<FinancingReferral> Answers);

/// <summary>The banks of the street and what they offer (account opening and their loan products).</summary>
public sealed record FinancialStreetDirectory(string AccountOpening, IReadOnlyList<StreetBank> Banks);

/// <summary>
/// Per bank: requests received, answered (any first answer), under review, approved, declined, the amount approved (CNY) and the
/// average calendar hours from referral to first answer.
/// </summary>
public sealed record BankFigures(string Bank, int Received, int Answered, int UnderReview, int Approved, int Declined, decimal ApprovedAmount, decimal? AverageHoursToAnswer);
