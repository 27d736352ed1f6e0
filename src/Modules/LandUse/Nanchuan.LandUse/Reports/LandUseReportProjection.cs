using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.LandUse.Domain.Catalogue;
using static Nanchuan.LandUse.Reports.LandUseReports;

namespace Nanchuan.LandUse.Reports;

/// <summary>Writes <see cref="LandUseReports"/> inline with the events, keyed on the natural keys, so a rebuild from the events gives the same rows.</summary>
public sealed partial class LandUseReportProjection : EventProjection
{
    public void Project(LandUseProjectStarted e, IDocumentOperations ops) => ProjectRows.Upsert(ops,
        ("project_code", e.Code), ("project_id", e.ProjectId), ("supply_type", e.SupplyType), ("project_name", e.ProjectName), ("credit_code", e.CreditCode),
        ("enterprise_name", e.EnterpriseName), ("started_at", e.StartedAt), ("month", BeijingTime.MonthOf(e.StartedAt)));

    public void Project(StageAccepted e, IDocumentOperations ops)
    {
        // Step and material counts are the same for both supply types (the allocation catalogue mirrors the transfer one).
        var definition = StageCatalogue.Transfer.Stage(e.Stage);
        StageRows.Upsert(ops, ("project_code", e.Code), ("stage", e.Stage), ("stage_name", e.StageName), ("counts_as_step", definition.CountsAsStep),
            ("materials_in_file", definition.MaterialsKept), ("materials_in_file_before", definition.MaterialsBefore), ("documents_on_file", e.Filed.Count),
            ("applicant_materials", e.ApplicantMaterials), ("fetched_materials", e.Filed.Count(f => f.Disposition == MaterialDisposition.FetchedFromSystem)),
            ("attached_materials", e.Filed.Count(f => f.Disposition == MaterialDisposition.AttachedFromEarlierStage)), ("adapter_calls", e.AdapterCalls.Count),
            ("trips", e.WindowTrip ? 1 : 0), ("accepted_at", e.AcceptedAt), ("month", BeijingTime.MonthOf(e.AcceptedAt)));
    }

    public void Project(StageCompleted e, IDocumentOperations ops) =>
        StageRows.Update(ops, [e.Code, e.Stage], ("completed_at", e.CompletedAt), ("working_days", e.WorkingDays));

    public void Project(ConsultationLogged e, IDocumentOperations ops) => ConsultationRows.Upsert(ops,
        ("consultation_id", e.ConsultationId), ("channel", e.Channel), ("project_code", e.ProjectCode), ("enquirer", e.Enquirer), ("question", e.Question),
        ("at", e.At), ("month", BeijingTime.MonthOf(e.At)));

    public void Project(WindowVisitRecorded e, IDocumentOperations ops) => VisitRows.Upsert(ops,
        ("visit_id", e.VisitId), ("project_code", e.Code), ("stage", e.Stage), ("purpose", e.Purpose), ("at", e.At), ("month", BeijingTime.MonthOf(e.At)));
}
