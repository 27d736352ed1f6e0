using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Procurement.Reports.ProcurementReports;

namespace Nanchuan.Procurement.Reports;

/// <summary>Writes the fact rows of <see cref="ProcurementReports"/> in the same transaction as the events; rebuildable from them.</summary>
internal sealed partial class ProcurementReportProjection : EventProjection
{
    public void Project(WorksProjectPublished e, IDocumentOperations ops) => ProjectRows.Upsert(ops,
        ("project_id", e.ProjectId), ("quarter", e.Quarter), ("month", Quarter.MonthOf(e.PublishedAt)), ("department", e.SupervisingDepartment),
        ("owner_credit_code", e.Owner.CreditCode), ("funding_source", e.FundingSource), ("value", e.Value), ("value_band", e.ValueBand), ("method", e.Method),
        ("status", e.AwardRule == AwardRule.ApprovedJustification ? ProjectStatus.AwaitingApproval : ProjectStatus.Registering), ("registrations", 0),
        ("awarded", false), ("award_by_draw", false), ("award_price", null), ("contract_amount", null), ("completed", false));

    public void Project(BidderRegistered e, IDocumentOperations ops) => ProjectRows.Increment(ops, [e.ProjectId], "registrations");

    public void Project(JustificationRejected e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Rejected));

    public void Project(WorksProjectAwarded e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId],
        ("status", ProjectStatus.Awarded), ("awarded", true), ("award_by_draw", e.Method == ProcurementMethods.RandomDraw), ("award_price", e.Price));

    public void Project(WorksContractSigned e, IDocumentOperations ops) =>
        ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Contracted), ("contract_amount", e.Amount));

    public void Project(WorksStarted e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Performing));

    public void Project(CompletionAccepted e, IDocumentOperations ops) =>
        ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Completed), ("completed", true));
}
