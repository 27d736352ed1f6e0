using System.Linq.Expressions;

namespace Nanchuan.Grievances.Reading;

/// <summary>
/// The list's columns and indexes on the <see cref="Grievance"/> snapshot (ADRs 0131, 0200, 0227). Each list reads an index in
/// its own order and stops after its page: the list in (received time, id), narrowed first by the enterprise, the department
/// or the status; the board the open requests only; the intake summary one day's. Nothing a list or the board reads is an
/// expression over the JSON document.
/// </summary>
/// <remarks>
/// A member is duplicated into its column first, then the composite indexes name the duplicated members, so each is a B-tree
/// over plain columns (ADR 0227). Marten's <c>Duplicate(…, configure:)</c> cannot widen the single-column index it adds: its
/// <c>DocumentIndex.Columns</c> ignores what is assigned to it.
/// </remarks>
internal static class GrievanceListIndexes
{
    public static MartenRegistry.DocumentMappingExpression<Grievance> Configure(MartenRegistry.DocumentMappingExpression<Grievance> snapshot) => snapshot
        .Duplicate(x => x.ReceivedAtUtc)
        .Duplicate(x => x.CreditCodeText)
        .Duplicate(x => x.HandlingUnitId)
        .Duplicate(x => x.Status)
        .Duplicate(x => x.PromisedCompletionDate)
        .Duplicate(x => x.PromiseKept)
        .Index("received", [x => x.ReceivedAtUtc, x => x.Id])
        .Index("credit_code", [x => x.CreditCodeText!, x => x.ReceivedAtUtc, x => x.Id])
        .Index("handling_unit", [x => x.HandlingUnitId!, x => x.ReceivedAtUtc, x => x.Id])
        .Index("status", [x => x.Status, x => x.ReceivedAtUtc, x => x.Id])
        .Index("promise", [x => x.PromiseKept!, x => x.PromisedCompletionDate!]);

    /// <summary>The index <c>mt_doc_grievance_list_{name}</c> over the duplicated columns of <paramref name="members"/>, in order.</summary>
    private static MartenRegistry.DocumentMappingExpression<Grievance> Index(
        this MartenRegistry.DocumentMappingExpression<Grievance> snapshot, string name, Expression<Func<Grievance, object>>[] members) =>
        snapshot.Index(members, index => index.Name = $"{ListIndexPrefix}{name}");

    /// <summary>The names of the list's composite indexes start so (the single-column ones Marten adds with each duplicated member are <c>mt_doc_grievance_idx_…</c>).</summary>
    public const string ListIndexPrefix = "mt_doc_grievance_list_";
}
