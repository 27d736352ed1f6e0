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

    private static readonly OversightCaseType Inspections = new(EnforcementModule.ModuleName, InspectionType);
    private static readonly OversightCaseType UnauthorisedReports = new(EnforcementModule.ModuleName, UnauthorisedType);

    public static OversightCase Of(Inspection inspection, string department) => Inspections.Case(inspection.Id, inspection.CreditCode, department);

    public static CaseOpened Opened(Inspection inspection) => Inspections.Opened(inspection.Id, inspection.CreditCode, inspection.LeadDepartment,
        inspection.Kind == InspectionKind.Comprehensive ? $"综合查一次：{inspection.EnterpriseName}" : $"例外检查：{inspection.EnterpriseName}", inspection.VisitedAt,
        enterpriseName: inspection.EnterpriseName);

    public static CaseClosed Closed(Inspection inspection) => Inspections.Closed(inspection.Id, inspection.CreditCode, inspection.LeadDepartment, "已办结",
        inspection.Rectifications.Count == 0 ? null : inspection.Rectifications.All(r => r.OnTime == true), inspection.ClosedAt!.Value);

    // An unauthorised-inspection case is the Justice Bureau's to handle.
    public static CaseOpened Opened(UnauthorisedInspection report) => UnauthorisedReports.Opened(report.Id, report.CreditCode, Departments.JusticeBureau,
        $"擅自检查线索：{report.Department}—{report.EnterpriseName}", report.RecordedAt,
        enterpriseName: report.EnterpriseName);

    public static CaseClosed Closed(UnauthorisedInspection report) =>
        UnauthorisedReports.Closed(report.Id, report.CreditCode, Departments.JusticeBureau, report.Status.ToChinese(), null, report.ClosedAt!.Value);
}
