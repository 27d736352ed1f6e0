using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Enforcement.Oversight;

/// <summary>The module's cases as the oversight contract describes them, and their names for 404 answers.</summary>
internal static class EnforcementCases
{
    public const string InspectionType = "inspection";
    public const string UnauthorisedType = "unauthorised-inspection";

    public static readonly CaseName InspectionName = new("执法检查", "inspection");
    public static readonly CaseName UnauthorisedName = new("擅自检查线索", "unauthorised-inspection report");
    public static readonly CaseName PlanName = new("季度执法计划", "quarterly plan");

    public static OversightCase Of(Inspection inspection, string department) =>
        new(EnforcementModule.ModuleName, InspectionType, inspection.Id, inspection.CreditCode, department);

    /// <summary>An unauthorised-inspection case is the Justice Bureau's to handle.</summary>
    public static OversightCase Of(UnauthorisedInspection report) =>
        new(EnforcementModule.ModuleName, UnauthorisedType, report.Id, report.CreditCode, Departments.JusticeBureau);

    public static CaseOpened Opened(Inspection inspection) => new(Of(inspection, inspection.LeadDepartment),
        inspection.Kind == InspectionKind.Comprehensive ? $"综合查一次：{inspection.EnterpriseName}" : $"例外检查：{inspection.EnterpriseName}", inspection.VisitedAt);

    public static CaseClosed Closed(Inspection inspection) => new(Of(inspection, inspection.LeadDepartment), "已办结",
        inspection.Rectifications.Count == 0 ? null : inspection.Rectifications.All(r => r.OnTime == true), inspection.ClosedAt!.Value);

    public static CaseOpened Opened(UnauthorisedInspection report) => new(Of(report), $"擅自检查线索：{report.Department}—{report.EnterpriseName}", report.RecordedAt);

    public static CaseClosed Closed(UnauthorisedInspection report) => new(Of(report), report.Status.ToChinese(), null, report.ClosedAt!.Value);
}
