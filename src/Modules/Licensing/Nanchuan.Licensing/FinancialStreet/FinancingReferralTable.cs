using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Nanchuan.Licensing.FinancialStreet;

/// <summary>
/// <c>licensing.financing_referral_rows</c>: one row per financing request and chosen bank — amount, product, when it was routed, the
/// bank's first answer, its decision and the amount approved — the financial-street figures as a plain SQL table. Written inline with
/// the events, keyed on the referral, so a rebuild from the events gives the same rows.
/// </summary>
public sealed partial class FinancingReferralTable : EventProjection
{
    public const string TableName = "licensing.financing_referral_rows";

    public static Table Definition()
    {
        var table = new Table(new PostgresqlObjectName("licensing", "financing_referral_rows", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("referral_id", "uuid").AsPrimaryKey();
        table.AddColumn("request_id", "uuid").NotNull();
        table.AddColumn("bank", "text").NotNull();
        table.AddColumn("credit_code", "varchar(18)").NotNull();
        table.AddColumn("enterprise_name", "text").NotNull();
        table.AddColumn("product", "text").NotNull();
        table.AddColumn("amount", "numeric(16,2)").NotNull();
        table.AddColumn("referred_at", "timestamptz").NotNull();
        table.AddColumn("status", "varchar(16)").NotNull();
        table.AddColumn("first_answered_at", "timestamptz");
        table.AddColumn("decided_at", "timestamptz");
        table.AddColumn("approved_amount", "numeric(16,2)");
        table.AddColumn("decline_reason", "text");
        return table;
    }

    public void Project(FinancingReferred e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"insert into {TableName} (referral_id, request_id, bank, credit_code, enterprise_name, product, amount, referred_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?) " +
        "on conflict (referral_id) do update set request_id = excluded.request_id, bank = excluded.bank, credit_code = excluded.credit_code, enterprise_name = excluded.enterprise_name, " +
        "product = excluded.product, amount = excluded.amount, referred_at = excluded.referred_at, status = excluded.status, first_answered_at = null, decided_at = null, " +
        "approved_amount = null, decline_reason = null",
        e.ReferralId, e.RequestId, e.Bank, e.CreditCode.Value, e.EnterpriseName, e.Product, e.Amount, e.ReferredAt.ToUniversalTime(), nameof(ReferralStatus.Awaiting));

    public void Project(FinancingTakenUp e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"update {TableName} set status = ?, first_answered_at = coalesce(first_answered_at, ?) where referral_id = ?",
        nameof(ReferralStatus.TakenUp), e.At.ToUniversalTime(), e.ReferralId);

    public void Project(FinancingApproved e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"update {TableName} set status = ?, first_answered_at = coalesce(first_answered_at, ?), decided_at = ?, approved_amount = ? where referral_id = ?",
        nameof(ReferralStatus.Approved), e.At.ToUniversalTime(), e.At.ToUniversalTime(), e.Amount, e.ReferralId);

    public void Project(FinancingDeclined e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"update {TableName} set status = ?, first_answered_at = coalesce(first_answered_at, ?), decided_at = ?, decline_reason = ? where referral_id = ?",
        nameof(ReferralStatus.Declined), e.At.ToUniversalTime(), e.At.ToUniversalTime(), e.Reason, e.ReferralId);
}
