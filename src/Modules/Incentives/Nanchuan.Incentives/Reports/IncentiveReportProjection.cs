using System.Globalization;
using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Incentives.Reports.IncentiveReports;

namespace Nanchuan.Incentives.Reports;

/// <summary>Writes the fact rows of <see cref="IncentiveReports"/> in the same transaction as the events, one row per ledger line; rebuildable from them.</summary>
internal sealed partial class IncentiveReportProjection : EventProjection
{
    public void Project(AgreementSigned e, IDocumentOperations ops)
    {
        foreach (var m in e.Milestones) Milestone(ops, e.AgreementId, e.Number, e.CreditCode, m, atRisk: false);
        foreach (var i in e.Incentives) Incentive(ops, e.AgreementId, e.Number, e.CreditCode, i);
    }

    public void Project(AgreementAmended e, IDocumentOperations ops)
    {
        foreach (var code in e.Withdrawn)
        {
            MilestoneRows.Delete(ops, "agreement_id = ? and code = ?", e.AgreementId, code);
            IncentiveRows.Delete(ops, "agreement_id = ? and code = ?", e.AgreementId, code);
        }
        // The number and code of an existing row stay; an added line takes them from a row of the same agreement.
        foreach (var m in e.Milestones) Milestone(ops, e.AgreementId, null, null, m, atRisk: m.DueAt > e.At ? false : null);
        foreach (var i in e.Incentives) Incentive(ops, e.AgreementId, null, null, i);
    }

    public void Project(IncentiveFellDue e, IDocumentOperations ops) =>
        IncentiveRows.Update(ops, [e.AgreementId, e.Code], ("due", true), ("month", BeijingTime.MonthOf(e.At)));

    public void Project(IncentiveDecided e, IDocumentOperations ops) => IncentiveRows.Update(ops, [e.AgreementId, e.Code], ("decided_amount", e.Amount));

    public void Project(IncentivePaid e, IDocumentOperations ops) =>
        IncentiveRows.Update(ops, [e.AgreementId, e.Code], ("paid_amount", new ReportSql("paid_amount + ?::numeric", e.Amount)), ("honoured", e.InFull));

    public void Project(IncentivePaymentOverdue e, IDocumentOperations ops) => IncentiveRows.Update(ops, [e.AgreementId, e.Code], ("overdue", true));

    public void Project(IncentivePaymentDeadlineRecomputed e, IDocumentOperations ops) => IncentiveRows.Update(ops, [e.AgreementId, e.Code], ("overdue", false));

    public void Project(MilestoneFulfilled e, IDocumentOperations ops) => MilestoneRows.Update(ops, [e.AgreementId, e.Code], ("fulfilled", true), ("at_risk", false));

    public void Project(MilestoneMissed e, IDocumentOperations ops) => MilestoneRows.Update(ops, [e.AgreementId, e.Code], ("at_risk", true));

    private static void Milestone(IDocumentOperations ops, Guid agreementId, string? number, string? creditCode, MilestoneTerms m, bool? atRisk)
    {
        List<(string, object?)> values = [("agreement_id", agreementId), ("code", m.Code), .. Identity(agreementId, number, creditCode),
            ("kind", m.Kind), ("month", m.DueDate.ToString("yyyy-MM", CultureInfo.InvariantCulture)), ("fulfilled", false)];
        if (atRisk is { } risk) values.Add(("at_risk", risk));
        MilestoneRows.Upsert(ops, [.. values]);
    }

    private static void Incentive(IDocumentOperations ops, Guid agreementId, string? number, string? creditCode, IncentiveTerms i) =>
        IncentiveRows.Upsert(ops, [("agreement_id", agreementId), ("code", i.Code), .. Identity(agreementId, number, creditCode),
            ("basis", i.Basis), ("kind", i.Kind), ("amount", i.Amount), ("due", false), ("paid_amount", 0m), ("honoured", false), ("overdue", false)]);

    /// <summary>The agreement's number and enterprise: given at signing, read from the agreement's first milestone row for an amendment.</summary>
    private static (string, object?)[] Identity(Guid agreementId, string? number, string? creditCode) => number is not null
        ? [("number", number), ("credit_code", creditCode)]
        : [("number", new ReportSql($"(select min(number) from {IncentivesModule.Schema}.milestone_rows where agreement_id = ?::uuid)", agreementId)),
           ("credit_code", new ReportSql($"(select min(credit_code) from {IncentivesModule.Schema}.milestone_rows where agreement_id = ?::uuid)", agreementId))];
}
