namespace Nanchuan.Grievances.Reading;

/// <summary>
/// The list row's columns and indexes (ADR 0131). Each list reads an index in its own order and stops after its page: the
/// list in (received time, id), narrowed first by the enterprise, the department or the status; the board the open rows
/// only; the intake summary one day's rows. Nothing a list or the board reads is an expression over the JSON document.
/// </summary>
internal static class GrievanceListIndexes
{
    public static void Configure(MartenRegistry.DocumentMappingExpression<GrievanceListItem> list) => list
        .Duplicate(x => x.ReceivedAtUtc, configure: index => index.Columns = ["received_at_utc", "id"])
        .Duplicate(x => x.CreditCode, configure: index => index.Columns = ["credit_code", "received_at_utc", "id"])
        .Duplicate(x => x.HandlingUnitId, configure: index => index.Columns = ["handling_unit_id", "received_at_utc", "id"])
        .Duplicate(x => x.Status, configure: index => index.Columns = ["status", "received_at_utc", "id"])
        .Duplicate(x => x.PromisedCompletionDate)
        .Duplicate(x => x.PromiseKept, configure: index => index.Columns = ["promise_kept", "promised_completion_date"]);
}
