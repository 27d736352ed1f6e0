using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Judiciary.Oversight;

/// <summary>The dispute case as the oversight contract describes it, and its name for 404 answers.</summary>
internal static class JudiciaryCases
{
    public const string DisputeType = "dispute";

    public static readonly CaseName DisputeName = new("涉企纠纷案件", "dispute case");

    private static readonly OversightCaseType Disputes = new(JudiciaryModule.ModuleName, DisputeType);

    /// <summary>While a unit mediates, the case is that unit's; before, the court's or the centre's.</summary>
    public static OversightCase Of(DisputeCase dispute, string department) => Disputes.Case(dispute.Id, dispute.CreditCode, department);

    public static CaseOpened Opened(DisputeCase dispute) =>
        Disputes.Opened(dispute.Id, dispute.CreditCode, Units.Court, $"涉企纠纷：{dispute.EnterpriseName}—{dispute.Subject}", dispute.FiledAt,
            enterpriseName: dispute.EnterpriseName, trips: dispute.Visits);

    /// <summary>Closed when its pre-litigation mediation failed, the case is open again once the court files the lawsuit.</summary>
    public static CaseOpened Litigated(DisputeCase dispute, DisputeFiledForLitigation filed) =>
        Disputes.Opened(dispute.Id, dispute.CreditCode, Units.Court, $"诉前调解不成转立案：{dispute.EnterpriseName}—{dispute.Subject}", filed.FiledAt,
            enterpriseName: dispute.EnterpriseName, trips: dispute.Visits);

    public static CaseClosed Closed(DisputeCase dispute) =>
        Disputes.Closed(dispute.Id, dispute.CreditCode, dispute.ResultUnit!, dispute.Status.ToChinese(), dispute.ResultOnTime, dispute.ClosedAt!.Value);
}
