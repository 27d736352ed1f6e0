namespace Nanchuan.Grievances.Reading;

/// <summary>
/// The list's columns and indexes on the <see cref="Grievance"/> snapshot (ADRs 0131, 0200). Each list reads an index in its own
/// order and stops after its page: the list in (received time, id), narrowed first by the enterprise, the department or the
/// status; the board the open requests only; the intake summary one day's. Nothing a list or the board reads is an
/// expression over the JSON document.
/// </summary>
internal static class GrievanceListIndexes
{
    public static MartenRegistry.DocumentMappingExpression<Grievance> Configure(MartenRegistry.DocumentMappingExpression<Grievance> snapshot) => snapshot
        .Duplicate(x => x.ReceivedAtUtc, configure: index => index.Columns = ["received_at_utc", "id"])
        .Duplicate(x => x.CreditCodeText, configure: index => index.Columns = ["credit_code_text", "received_at_utc", "id"])
        .Duplicate(x => x.HandlingUnitId, configure: index => index.Columns = ["handling_unit_id", "received_at_utc", "id"])
        .Duplicate(x => x.Status, configure: index => index.Columns = ["status", "received_at_utc", "id"])
        .Duplicate(x => x.PromisedCompletionDate)
        .Duplicate(x => x.PromiseKept, configure: index => index.Columns = ["promise_kept", "promised_completion_date"]);
}
