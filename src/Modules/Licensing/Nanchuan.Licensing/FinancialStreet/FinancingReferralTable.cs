using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Licensing.Reports.LicensingTables;

namespace Nanchuan.Licensing.FinancialStreet;

/// <summary>Writes <c>licensing.financing_referral_rows</c> inline with the events, keyed on the referral, so a rebuild from the events gives the same rows.</summary>
public sealed partial class FinancingReferralTable : EventProjection
{
    public void Project(FinancingReferred e, IDocumentOperations ops) => FinancingReferralRows.Upsert(ops,
        ("referral_id", e.ReferralId), ("request_id", e.RequestId), ("bank", e.Bank), ("credit_code", e.CreditCode), ("enterprise_name", e.EnterpriseName),
        ("product", e.Product), ("amount", e.Amount), ("referred_at", e.ReferredAt), ("month", BeijingTime.MonthOf(e.ReferredAt)), ("status", ReferralStatus.Awaiting),
        ("first_answered_at", null), ("decided_at", null), ("approved_amount", null), ("decline_reason", null));

    public void Project(FinancingTakenUp e, IDocumentOperations ops) =>
        FinancingReferralRows.Update(ops, [e.ReferralId], ("status", ReferralStatus.TakenUp), FirstAnswer(e.At));

    public void Project(FinancingApproved e, IDocumentOperations ops) => FinancingReferralRows.Update(ops, [e.ReferralId],
        ("status", ReferralStatus.Approved), FirstAnswer(e.At), ("decided_at", e.At), ("approved_amount", e.Amount));

    public void Project(FinancingDeclined e, IDocumentOperations ops) => FinancingReferralRows.Update(ops, [e.ReferralId],
        ("status", ReferralStatus.Declined), FirstAnswer(e.At), ("decided_at", e.At), ("decline_reason", e.Reason));

    private static (string, object?) FirstAnswer(DateTimeOffset at) => ("first_answered_at", new ReportSql("coalesce(first_answered_at, ?::timestamptz)", at));
}
