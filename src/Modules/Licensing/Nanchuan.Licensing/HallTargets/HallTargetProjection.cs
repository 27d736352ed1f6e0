using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Licensing.HallTargets;

namespace Nanchuan.Licensing.Reports;

public sealed partial class LicensingReportTables
{
    // 大厅目标: one row per measured case, in the Beijing-time month it finished.
    public void Project(HeadlineTargetMeasured e, IDocumentOperations ops) =>
        LicensingTables.HallTargetCases.Upsert(ops, ("measurement_id", e.MeasurementId), ("target", JsonName(e.Target)), ("target_name", HallTargetRules.Name(e.Target)),
            ("month", BeijingTime.MonthOf(e.FinishedAt)), ("service", e.Service), ("case_id", e.CaseId),
            ("case_label", e.CaseLabel), ("department", e.Department), ("started_at", e.StartedAt), ("finished_at", e.FinishedAt), ("due_at", e.DueAt),
            ("working_days_taken", e.WorkingDaysTaken), ("met", e.Met));
}
