using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Judiciary.Reports.JudiciaryReports;

namespace Nanchuan.Judiciary.Reports;

/// <summary>Writes the fact rows of <see cref="JudiciaryReports"/> in the same transaction as the events; rebuildable from them.</summary>
internal sealed partial class JudiciaryReportProjection : EventProjection
{
    public void Project(DisputeCaseFiled e, IDocumentOperations ops) => CaseRows.Upsert(ops,
        ("case_id", e.CaseId), ("month", e.Month), ("credit_code", e.CreditCode), ("enterprise_name", e.EnterpriseName), ("filed_stage", e.Stage), ("stage", e.Stage), ("visits", e.Visits),
        ("within_one_visit", e.Visits <= 1), ("status", DisputeStatus.Filed), ("unit", null), ("filed_at", e.FiledAt), ("result_month", null), ("resolved", null),
        ("days_to_resolution", null), ("hand_backs", 0), ("consultations", 0), ("pre_litigation_month", null), ("pre_litigation_resolved", null), ("litigated_at", null));

    public void Project(DisputeReferredToCentre e, IDocumentOperations ops) => CaseRows.Update(ops, [e.CaseId], ("status", DisputeStatus.AwaitingAssignment));

    public void Project(MediationAssigned e, IDocumentOperations ops)
    {
        CaseRows.Update(ops, [e.CaseId], ("status", DisputeStatus.Mediating), ("unit", e.Unit));
        MediationRows.Upsert(ops, ("case_id", e.CaseId), ("unit", e.Unit), ("month", Months.Of(e.AssignedAt)), ("working_days", e.WorkingDays),
            ("assigned_at", e.AssignedAt), ("due_at", e.DueAt), ("overdue", false), ("outcome", null), ("on_time", null), ("result_month", null));
    }

    public void Project(MediationResumed e, IDocumentOperations ops) => MediationRows.Update(ops, [e.CaseId, e.Unit], ("due_at", e.DueAt));

    public void Project(MediationDeadlineRecomputed e, IDocumentOperations ops) => MediationRows.Update(ops, [e.CaseId, e.Unit], ("due_at", e.DueAt), ("overdue", false));

    public void Project(MediationOverdue e, IDocumentOperations ops) => MediationRows.Update(ops, [e.CaseId, e.Unit], ("overdue", true));

    public void Project(MediationHandedBack e, IDocumentOperations ops)
    {
        CaseRows.Update(ops, [e.CaseId], ("status", DisputeStatus.AwaitingAssignment));
        CaseRows.Increment(ops, [e.CaseId], "hand_backs");
        MediationRows.Update(ops, [e.CaseId, e.Unit], ("outcome", "handedBack"), ("result_month", Months.Of(e.HandedBackAt)));
    }

    public void Project(MediationResultReported e, IDocumentOperations ops)
    {
        var status = e.Resolved ? DisputeStatus.Resolved : DisputeStatus.Unresolved;
        CaseRows.Update(ops, [e.CaseId], ("status", status), ("result_month", Months.Of(e.ReportedAt)), ("resolved", e.Resolved),
            ("days_to_resolution", e.Resolved ? new ReportSql("round((extract(epoch from (?::timestamptz - filed_at)) / 86400)::numeric, 2)", e.ReportedAt) : null),
            // The pre-litigation mediation's own result, kept when the case goes on to litigation and is mediated again there.
            ("pre_litigation_month", new ReportSql("case when stage = 'preLitigation' then ?::text else pre_litigation_month end", Months.Of(e.ReportedAt))),
            ("pre_litigation_resolved", new ReportSql("case when stage = 'preLitigation' then ?::boolean else pre_litigation_resolved end", e.Resolved)));
        MediationRows.Update(ops, [e.CaseId, e.Unit], ("outcome", status), ("on_time", e.OnTime), ("result_month", Months.Of(e.ReportedAt)),
            ("overdue", new ReportSql("overdue or ?::boolean", !e.OnTime)));
    }

    public void Project(HealthCheckConsultationHeld e, IDocumentOperations ops) => CaseRows.Increment(ops, [e.CaseId], "consultations");

    public void Project(PreservationApplied e, IDocumentOperations ops) => PreservationRows.Upsert(ops,
        ("preservation_id", e.PreservationId), ("case_id", e.CaseId), ("month", e.Month), ("amount", e.Amount), ("security", e.Security),
        ("insurer", e.Insurer), ("policy_number", e.PolicyNumber));

    public void Project(DisputeFiledForLitigation e, IDocumentOperations ops) =>
        CaseRows.Update(ops, [e.CaseId], ("stage", DisputeStage.Litigation), ("status", DisputeStatus.Filed), ("litigated_at", e.FiledAt));

    public void Project(DisputeEnteredEnforcement e, IDocumentOperations ops) => CaseRows.Update(ops, [e.CaseId], ("stage", DisputeStage.Enforcement));

    public void Project(SettlementBufferGranted e, IDocumentOperations ops) => BufferRows.Upsert(ops,
        ("buffer_id", e.BufferId), ("case_id", e.CaseId), ("month", e.Month), ("days", e.Days), ("granted_at", e.GrantedAt), ("ends_at", e.EndsAt),
        ("settlement_failed_at", null), ("ran_course_at", null));

    public void Project(SettlementFailed e, IDocumentOperations ops) => BufferRows.Update(ops, [e.BufferId], ("settlement_failed_at", e.FailedAt));

    public void Project(SettlementBufferRanItsCourse e, IDocumentOperations ops) => BufferRows.Update(ops, [e.BufferId], ("ran_course_at", e.RecordedAt));
}
