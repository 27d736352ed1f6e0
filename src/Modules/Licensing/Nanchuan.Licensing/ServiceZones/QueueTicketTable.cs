using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Nanchuan.Licensing.ServiceZones;

/// <summary>
/// <c>licensing.queue_ticket_rows</c>: one row per queue ticket (zone, day, number) with its green-channel reason, the window that called
/// it, the times and the outcome — the zones' queue figures as a plain SQL table. Written inline with the events, keyed on the
/// ticket, so a rebuild from the events gives the same rows.
/// </summary>
public sealed partial class QueueTicketTable : EventProjection
{
    public const string TableName = "licensing.queue_ticket_rows";

    public static Table Definition()
    {
        var table = new Table(new PostgresqlObjectName("licensing", "queue_ticket_rows", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("zone_code", "varchar(16)").AsPrimaryKey();
        table.AddColumn("day", "date").AsPrimaryKey();
        table.AddColumn("number", "integer").AsPrimaryKey();
        table.AddColumn("label", "varchar(24)").NotNull();
        table.AddColumn("purpose", "text").NotNull();
        table.AddColumn("credit_code", "varchar(18)");
        table.AddColumn("green", "boolean").NotNull();
        table.AddColumn("green_reason", "text");
        table.AddColumn("green_note", "text");
        table.AddColumn("taken_at", "timestamptz").NotNull();
        table.AddColumn("window_name", "text");
        table.AddColumn("called_at", "timestamptz");
        table.AddColumn("outcome", "varchar(16)");
        table.AddColumn("closed_at", "timestamptz");
        return table;
    }

    public void Project(QueueTicketTaken e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"insert into {TableName} (zone_code, day, number, label, purpose, credit_code, green, green_reason, green_note, taken_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) " +
        "on conflict (zone_code, day, number) do update set label = excluded.label, purpose = excluded.purpose, credit_code = excluded.credit_code, green = excluded.green, " +
        "green_reason = excluded.green_reason, green_note = excluded.green_note, taken_at = excluded.taken_at, window_name = null, called_at = null, outcome = null, closed_at = null",
        e.ZoneCode, e.Day, e.Number, e.Label, e.Purpose, (object?)e.CreditCode ?? DBNull.Value, e.Green, (object?)e.GreenReason ?? DBNull.Value,
        (object?)e.GreenNote ?? DBNull.Value, e.TakenAt.ToUniversalTime());

    public void Project(QueueTicketCalled e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"update {TableName} set window_name = ?, called_at = ? where zone_code = ? and day = ? and number = ?",
        e.Window, e.CalledAt.ToUniversalTime(), e.ZoneCode, e.Day, e.Number);

    public void Project(QueueTicketClosed e, IDocumentOperations ops) => ops.QueueSqlCommand(
        $"update {TableName} set outcome = ?, closed_at = ? where zone_code = ? and day = ? and number = ?",
        e.Outcome.ToString(), e.ClosedAt.ToUniversalTime(), e.ZoneCode, e.Day, e.Number);
}
