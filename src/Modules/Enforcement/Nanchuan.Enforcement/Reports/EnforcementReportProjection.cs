using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Enforcement.Reports.EnforcementReports;

namespace Nanchuan.Enforcement.Reports;

/// <summary>Writes the fact rows of <see cref="EnforcementReports"/> in the same transaction as the events, one row per stream; rebuildable from them.</summary>
internal sealed partial class EnforcementReportProjection : EventProjection
{
    public void Project(InspectionRecorded e, IDocumentOperations ops) => InspectionRows.Upsert(ops,
        ("inspection_id", e.InspectionId), ("quarter", e.Quarter), ("month", e.Month), ("credit_code", e.CreditCode), ("enterprise_name", e.EnterpriseName),
        ("kind", e.Kind), ("exception_type", e.ExceptionType), ("department", e.LeadDepartment), ("departments", e.Departments.Count), ("items", 0),
        ("published", false), ("compliant", 0), ("rectifications", 0), ("violations", 0), ("rectifications_completed", 0), ("rectifications_overdue", 0));

    public void Project(FindingsRecorded e, IDocumentOperations ops) => InspectionRows.Update(ops, [e.InspectionId],
        ("items", e.Findings.Count), ("published", true), ("compliant", e.Findings.Count(f => f.Outcome == FindingOutcome.Compliant)),
        ("rectifications", e.Findings.Count(f => f.Outcome == FindingOutcome.RectificationRequired)),
        ("violations", e.Findings.Count(f => f.Outcome == FindingOutcome.Violation)));

    public void Project(RectificationCompleted e, IDocumentOperations ops) => InspectionRows.Increment(ops, [e.InspectionId], "rectifications_completed");

    public void Project(RectificationOverdue e, IDocumentOperations ops) => InspectionRows.Increment(ops, [e.InspectionId], "rectifications_overdue");

    public void Project(UnauthorisedInspectionRecorded e, IDocumentOperations ops) => UnauthorisedRows.Upsert(ops,
        ("case_id", e.CaseId), ("quarter", e.Quarter), ("month", BeijingTime.MonthOf(e.VisitedAt)), ("department", e.Department), ("credit_code", e.CreditCode),
        ("source", e.Source), ("status", UnauthorisedStatus.AwaitingVerification), ("confirmed", null), ("referred_to", null));

    public void Project(UnauthorisedInspectionVerified e, IDocumentOperations ops) => UnauthorisedRows.Update(ops, [e.CaseId],
        ("status", e.Confirmed ? UnauthorisedStatus.Confirmed : UnauthorisedStatus.NotConfirmed), ("confirmed", e.Confirmed));

    public void Project(UnauthorisedInspectionReferred e, IDocumentOperations ops) =>
        UnauthorisedRows.Update(ops, [e.CaseId], ("status", UnauthorisedStatus.Referred), ("referred_to", e.Authority));
}
