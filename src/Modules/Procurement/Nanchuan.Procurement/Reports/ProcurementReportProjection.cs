using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Procurement.Reports.ProcurementReports;

namespace Nanchuan.Procurement.Reports;

/// <summary>Writes the fact rows of <see cref="ProcurementReports"/> in the same transaction as the events; rebuildable from them.</summary>
internal sealed partial class ProcurementReportProjection : EventProjection
{
    public void Project(WorksProjectPublished e, IDocumentOperations ops) => ProjectRows.Upsert(ops,
        ("project_id", e.ProjectId), ("quarter", e.Quarter), ("month", BeijingTime.MonthOf(e.PublishedAt)), ("department", e.SupervisingDepartment),
        ("owner_credit_code", e.Owner.CreditCode), ("funding_source", e.FundingSource), ("value", e.Value), ("value_band", e.ValueBand), ("method", e.Method),
        ("status", e.AwardRule == AwardRule.ApprovedJustification ? ProjectStatus.AwaitingApproval : ProjectStatus.Registering), ("registrations", 0),
        ("awarded", false), ("award_by_draw", false), ("award_price", null), ("contract_amount", null), ("completed", false));

    public void Project(BidderRegistered e, IDocumentOperations ops) => ProjectRows.Increment(ops, [e.ProjectId], "registrations");

    public void Project(JustificationRejected e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Rejected));

    public void Project(WorksProjectAwarded e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId],
        ("status", ProjectStatus.Awarded), ("awarded", true), ("award_by_draw", e.Method == ProcurementMethods.RandomDraw), ("award_price", e.Price));

    public void Project(TenderFailed e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.TenderFailed));

    public void Project(TenderRepublished e, IDocumentOperations ops) =>
        ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Registering), ("registrations", 0));

    public void Project(ContractRefused e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId],
        ("status", ProjectStatus.AwaitingReaward), ("awarded", false), ("award_by_draw", false), ("award_price", null));

    public void Project(ContractAmended e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId], ("contract_amount", e.Amount));

    public void Project(CompletionAcceptanceFailed e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Rectifying));

    public void Project(WorksContractSigned e, IDocumentOperations ops) =>
        ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Contracted), ("contract_amount", e.Amount));

    public void Project(WorksStarted e, IDocumentOperations ops) => ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Performing));

    public void Project(CompletionAccepted e, IDocumentOperations ops) =>
        ProjectRows.Update(ops, [e.ProjectId], ("status", ProjectStatus.Completed), ("completed", true));

    public void Project(PerformanceChecksDrawn e, IDocumentOperations ops) => CheckRows.Upsert(ops,
        ("draw_id", e.DrawId), ("quarter", e.Quarter), ("department", e.Department), ("projects", e.Draw.Candidates.Count), ("minimum", e.Minimum),
        ("drawn", e.Draw.Selected.Count), ("results_published", 0), ("deficient", 0));

    public void Project(PerformanceCheckResultPublished e, IDocumentOperations ops)
    {
        CheckRows.Increment(ops, [e.DrawId], "results_published");
        if (e.Outcome == CheckOutcome.Deficient) CheckRows.Increment(ops, [e.DrawId], "deficient");
    }

    public void Project(CreditIncidentRecorded e, IDocumentOperations ops) => IncidentRows.Upsert(ops,
        ("incident_id", e.IncidentId), ("month", BeijingTime.MonthOf(e.RecordedAt)), ("department", e.Source), ("credit_code", e.CreditCode), ("bidder_name", e.BidderName),
        ("kind", e.Kind), ("points", e.Points), ("occurred_on", e.OccurredOn), ("recorded_on", e.RecordedOn));

    public void Project(BidderRegistrationBarred e, IDocumentOperations ops) => BarRows.Upsert(ops,
        ("credit_code", e.CreditCode), ("barred_from", e.BarredFrom), ("barred_until", e.BarredUntil), ("counted_points", e.CountedPoints));
}
