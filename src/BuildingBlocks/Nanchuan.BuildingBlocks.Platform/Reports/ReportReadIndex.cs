using Weasel.Postgresql.Tables;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>
/// A b-tree index over columns of a report table, in the order a read filters and sorts by them (ADR 0170). A partial one
/// (<paramref name="NullIn"/> not empty) holds only the rows where those columns are null — the few running rows among ten
/// years of ended ones — so the planner reads it even when it misjudges how few they are (ADR 0265).
/// </summary>
/// <param name="Table">The table's name, which starts the index's.</param>
/// <param name="Columns">The indexed columns in order.</param>
/// <param name="NullIn">The columns null in every row the index holds; empty for a plain index.</param>
internal sealed record ReportReadIndex(string Table, IReadOnlyList<string> Columns, IReadOnlyList<string> NullIn)
{
    /// <summary><c>{table}_{columns}_idx</c>, or <c>{table}_{columns}_partial_idx</c> for a partial one.</summary>
    public string Name => $"{Table}_{string.Join("_", Columns)}{(NullIn.Count == 0 ? "" : "_partial")}_idx";

    /// <summary>
    /// The predicate as PostgreSQL prints it back (<c>pg_get_indexdef</c>), each condition parenthesised, so the schema check compares
    /// equal text and finds nothing to change at the next start.
    /// </summary>
    public string? Predicate => NullIn.Count == 0 ? null : string.Join(" AND ", NullIn.Select(c => $"({c} IS NULL)"));

    internal IndexDefinition Definition() => new IndexDefinition(Name) { Predicate = Predicate }.AgainstColumns([.. Columns]);
}
