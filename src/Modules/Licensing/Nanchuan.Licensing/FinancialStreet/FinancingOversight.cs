using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Licensing.FinancialStreet;

/// <summary>Each bank's referral mirrored as an oversight case (ADR 0035): opened when routed, closed by approval or decline; the bank is its department.</summary>
internal static class FinancingOversight
{
    public const string CaseType = "financing-referral";

    private static readonly OversightCaseType Type = new(LicensingModule.ModuleName, CaseType);

    public static CaseOpened Opened(FinancingReferred e) =>
        Type.Opened(e.ReferralId, e.CreditCode.Value, e.Bank, $"融资需求：{e.EnterpriseName} {e.Product}", e.ReferredAt,
            enterpriseName: e.EnterpriseName);

    /// <summary>The closing case event of an answer, none for taking it up; banks have no limit, so on time is not asked.</summary>
    public static IEnumerable<object> Of(FinancingReferral state, object answer) => answer switch
    {
        FinancingApproved approved => [Type.Closed(state.Id, state.CreditCode, approved.Bank, "已授信", null, approved.At)],
        FinancingDeclined declined => [Type.Closed(state.Id, state.CreditCode, declined.Bank, "未予授信", null, declined.At)],
        _ => [],
    };
}
