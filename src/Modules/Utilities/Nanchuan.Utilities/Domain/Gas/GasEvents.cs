namespace Nanchuan.Utilities.Domain.Gas;

/// <summary>An operator published a version of its material price list (物料清单) and fixed-price packages (一口价).</summary>
public sealed record GasPriceListPublished(
    Guid PriceListId,
    string Operator,
    int Version,
    DateTimeOffset EffectiveFrom,
    IReadOnlyList<PriceListItem> Items,
    IReadOnlyList<FixedPricePackage> Packages) : IDescribedEvent
{
    public string Describe() => $"{Operator}公示物料清单第{Version}版（{Items.Count}项，{Packages.Count}个一口价套餐），自{EffectiveFrom:yyyy-MM-dd HH:mm}起执行";
}

/// <summary>A non-residential user applied for a gas connection; the operator must acknowledge and survey within 1 working day.</summary>
public sealed record GasApplicationReceived(
    Guid ConnectionId,
    string CreditCode,
    string EnterpriseName,
    string Operator,
    GasApplicationChannel Channel,
    GasUserCategory Category,
    string SiteAddress,
    DateTimeOffset ReceivedAt,
    DateTimeOffset SurveyDueAt) : IDescribedEvent
{
    public string Describe() => $"收到{EnterpriseName}的燃气报装申请，{Operator}应于{SurveyDueAt:yyyy-MM-dd HH:mm}前告知受理并完成现场勘查";
}

/// <summary>The operator told the user the application was accepted and surveyed the site; the plan is due within 1 working day.</summary>
public sealed record GasSiteSurveyed(Guid ConnectionId, DateTimeOffset SurveyedAt, string Findings, bool WithinLimit, DateTimeOffset PlanDueAt) : IDescribedEvent
{
    public string Describe() => $"已告知受理并完成现场勘查（{(WithinLimit ? "按时" : "超时")}），应于{PlanDueAt:yyyy-MM-dd HH:mm}前提供接气方案";
}

/// <summary>接气方案 proposed to the user.</summary>
public sealed record GasPlanProposed(Guid ConnectionId, DateTimeOffset ProposedAt, string Plan, bool WithinLimit) : IDescribedEvent
{
    public string Describe() => $"提供接气方案（{(WithinLimit ? "按时" : "超时")}）：{Plan}";
}

/// <summary>The two sides of a connection plan (接气方案): the user and the gas operator, each signing for itself.</summary>
public enum GasPlanParty
{
    /// <summary>用户: the enterprise that applied; its signature carries its choice.</summary>
    User,

    /// <summary>燃气经营企业: the operator that proposed the plan.</summary>
    Operator,
}

/// <summary>
/// One side signed the plan, in person, through its own account: the user with its choice (a package, or material types
/// and quantities), the operator without one. The plan is signed (<see cref="GasPlanSigned"/>) when both have.
/// </summary>
public sealed record GasPlanSignedByParty(
    Guid ConnectionId, GasPlanParty Party, string SignerId, string SignerName, DateTimeOffset SignedAt, string? PackageCode, IReadOnlyList<ChosenItem> Items)
    : IDescribedEvent
{
    public string Describe() => Party == GasPlanParty.User
        ? $"用户签字确认接气方案（{SignerName}，{(PackageCode is null ? $"{Items.Count}项物料" : $"一口价套餐{PackageCode}")}）"
        : $"燃气经营企业签字确认接气方案（{SignerName}）";
}

/// <summary>Both sides signed the plan with the user's choice: a package, or material types and quantities. The price list in force then applies.</summary>
public sealed record GasPlanSigned(Guid ConnectionId, DateTimeOffset SignedAt, int PriceListVersion, string? PackageCode, IReadOnlyList<ChosenItem> Items)
    : IDescribedEvent
{
    public string Describe() => $"双方签字确认接气方案（执行物料清单第{PriceListVersion}版{(PackageCode is null ? $"，{Items.Count}项物料" : $"，一口价套餐{PackageCode}")}）";
}

/// <summary>The itemised fee (报装费用明细) was issued, matching the published list.</summary>
public sealed record GasFeeIssued(Guid ConnectionId, IReadOnlyList<FeeLine> Lines, decimal Labour, decimal Materials, decimal Total, int PriceListVersion, DateTimeOffset IssuedAt)
    : IDescribedEvent
{
    public string Describe() => $"出具报装费用明细：人工{Labour}元，材料{Materials}元，合计{Total}元（物料清单第{PriceListVersion}版）";
}
