using System.Linq.Expressions;
using Marten.Schema;

namespace Nanchuan.Grievances.Reading;

/// <summary>
/// The list's columns and indexes on the <see cref="Grievance"/> snapshot (ADRs 0131, 0200, 0227). Each list reads an index in
/// its own order and stops after its page: the list in (received time, id), narrowed first by the enterprise, the department,
/// the department and the status, or the status; the board those due by today, to evaluate or to revisit; the intake summary one day's. Nothing a list or the board reads is an
/// expression over the JSON document.
/// </summary>
/// <remarks>
/// The members that lead a composite index are duplicated into their columns without an index of their own (a one-column
/// index would be a prefix of the composite one, written on every change and never chosen); the composite indexes name the
/// duplicated members, so each is a B-tree over plain columns (ADR 0227). Marten's fluent <c>Duplicate</c> always adds a
/// one-column index, and its <c>configure:</c> cannot widen it (<c>DocumentIndex.Columns</c> ignores what is assigned to it),
/// so those members are duplicated by <see cref="DuplicateLeadingColumns"/>, a mapping policy.
/// </remarks>
internal static class GrievanceListIndexes
{
    private static readonly string[] LeadingMembers =
        [nameof(Grievance.ReceivedAtUtc), nameof(Grievance.CreditCodeText), nameof(Grievance.HandlingUnitId), nameof(Grievance.Status), nameof(Grievance.PromiseKept)];

    /// <summary>Duplicates the members that lead the list's composite indexes, with no index of their own.</summary>
    public static void DuplicateLeadingColumns(DocumentMapping mapping)
    {
        if (mapping.DocumentType != typeof(Grievance)) return;
        foreach (var member in LeadingMembers) mapping.DuplicateField(member, pgType: null, notNull: false);
    }

    public static MartenRegistry.DocumentMappingExpression<Grievance> Configure(MartenRegistry.DocumentMappingExpression<Grievance> snapshot) => snapshot
        .Duplicate(x => x.PromisedCompletionDate)
        // The board's waiting requests, due by the end of today (ADR 0262); null, and never read, for the others.
        .Duplicate(x => x.RunningDueAtUtc)
        .Index("received", [x => x.ReceivedAtUtc, x => x.Id])
        .Index("credit_code", [x => x.CreditCodeText!, x => x.ReceivedAtUtc, x => x.Id])
        .Index("handling_unit", [x => x.HandlingUnitId!, x => x.ReceivedAtUtc, x => x.Id])
        // A handler's list of one status (ADR 0241): without it, the unit's index read every status and dropped the others.
        .Index("handling_unit_status", [x => x.HandlingUnitId!, x => x.Status, x => x.ReceivedAtUtc, x => x.Id])
        .Index("status", [x => x.Status, x => x.ReceivedAtUtc, x => x.Id])
        .Index("promise", [x => x.PromiseKept!, x => x.PromisedCompletionDate!]);

    /// <summary>The index <c>mt_doc_grievance_list_{name}</c> over the duplicated columns of <paramref name="members"/>, in order.</summary>
    private static MartenRegistry.DocumentMappingExpression<Grievance> Index(
        this MartenRegistry.DocumentMappingExpression<Grievance> snapshot, string name, Expression<Func<Grievance, object>>[] members) =>
        snapshot.Index(members, index => index.Name = $"{ListIndexPrefix}{name}");

    /// <summary>The names of the list's composite indexes start so (the single-column ones Marten adds with each duplicated member are <c>mt_doc_grievance_idx_…</c>).</summary>
    public const string ListIndexPrefix = "mt_doc_grievance_list_";
}
