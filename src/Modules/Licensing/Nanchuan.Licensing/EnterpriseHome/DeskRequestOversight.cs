using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Licensing.EnterpriseHome;

/// <summary>
/// A desk request mirrored as the oversight contract's case events (ADR 0035): the desk's case opens and ends in one step, by
/// forwarding to the Grievances module, whose own request then carries the line.
/// </summary>
internal static class DeskRequestOversight
{
    public const string CaseType = "desk-request";
    public const string Desk = "企业之家";

    private static readonly OversightCaseType Type = new(LicensingModule.ModuleName, CaseType);

    public static IEnumerable<object> Of(DeskRequestForwarded e) =>
    [
        Type.Opened(e.DeskRequestId, e.CreditCode.Value, Desk, $"企业之家诉求：{e.EnterpriseName}", e.LodgedAt, enterpriseName: e.EnterpriseName),
        Type.Closed(e.DeskRequestId, e.CreditCode.Value, Desk, "已转企呼我为闭环办理", null, e.LodgedAt),
    ];
}
