using Marten.Events.Projections;
using static Nanchuan.Licensing.Reports.LicensingTables;

namespace Nanchuan.Licensing.ServiceZones;

/// <summary>Writes <c>licensing.queue_ticket_rows</c> inline with the events, keyed on the ticket, so a rebuild from the events gives the same rows.</summary>
public sealed partial class QueueTicketTable : EventProjection
{
    public void Project(QueueTicketTaken e, IDocumentOperations ops) => QueueTicketRows.Upsert(ops,
        ("zone_code", e.ZoneCode), ("day", e.Day), ("number", e.Number), ("label", e.Label), ("purpose", e.Purpose), ("credit_code", e.CreditCode),
        ("green", e.Green), ("green_reason", e.GreenReason), ("green_note", e.GreenNote), ("taken_at", e.TakenAt),
        ("window_name", null), ("called_at", null), ("outcome", null), ("closed_at", null));

    public void Project(QueueTicketCalled e, IDocumentOperations ops) =>
        QueueTicketRows.Update(ops, [e.ZoneCode, e.Day, e.Number], ("window_name", e.Window), ("called_at", e.CalledAt));

    public void Project(QueueTicketClosed e, IDocumentOperations ops) =>
        QueueTicketRows.Update(ops, [e.ZoneCode, e.Day, e.Number], ("outcome", e.Outcome), ("closed_at", e.ClosedAt));
}
