using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>
/// Who may export a module's report tables: the roles (as in <c>[Authorize(Roles = …)]</c>) and, for a reader who sees only one
/// department's rows, the department (null: every row). <see cref="Scope"/> may refuse with an AccessDeniedException.
/// </summary>
public sealed record ReportAccess(string Roles, Func<Actor, string?>? Scope = null)
{
    public bool Admits(Actor actor) => Roles.Split(',').Contains(actor.Role);

    /// <summary>
    /// Refuses (403) a reader who may not read <paramref name="report"/>'s rows of <paramref name="department"/> (null: every department);
    /// answers the department the reader is held to (null: none).
    /// </summary>
    public string? EnsureMayRead(Actor actor, string module, ReportTable report, string? department)
    {
        if (!Admits(actor)) throw new AccessDeniedException($"{actor.Role}无权读取{module}的报表 / {actor.Role} may not read {module}'s reports.");
        var scope = Scope?.Invoke(actor);
        if (scope is null) return department;
        if (department is not null && department != scope) throw new AccessDeniedException($"只能读取{scope}的数据 / you may read {scope}'s rows only.");
        if (report.Columns.All(c => c.Dimension != ReportDimension.Department))
            throw new AccessDeniedException($"{report.Name}不分部门，仅全局读者可读取 / {report.Name} has no department; only readers of every department may read it.");
        return scope;
    }
}

/// <summary>A module's declared report tables, in the module's schema: the one list the schema, the writer, the export, the reporting role and docs/reporting.md are made from.</summary>
public sealed class ReportCatalog(string module, string schema, ReportAccess access)
{
    private readonly List<ReportTable> _tables = [];

    /// <summary>The module's URL segment (<c>/api/{module}/reports/…</c>).</summary>
    public string Module { get; } = module;
    public string Schema { get; } = schema;
    public ReportAccess Access { get; } = access;
    public IReadOnlyList<ReportTable> Tables => _tables;

    /// <summary>A fact table written inline with the events; <paramref name="exported"/> false keeps rows of personal detail SQL-only.</summary>
    public ReportTable Table(string name, string chineseName, string meaning, bool exported, params ReportColumn[] columns) =>
        Add(new ReportTable(Schema, name, chineseName, meaning, columns, null, exported));

    /// <summary>A summary view over the module's fact tables (declared columns in the select's order): nothing writes it, so no writer waits for or clashes with another.</summary>
    public ReportTable View(string name, string chineseName, string meaning, string query, params ReportColumn[] columns) =>
        Add(new ReportTable(Schema, name, chineseName, meaning, columns, query, exported: true));

    /// <summary>
    /// A trigram index (pg_trgm, GIN, <c>gin_trgm_ops</c>) over a text column of one of the catalogue's fact tables, for
    /// <c>ilike '%…%'</c> searches (ADR 0103, 0137). Declared on the table itself, so Weasel's comparison of the table sees it.
    /// </summary>
    public void SearchIndex(ReportTable table, string column)
    {
        if (table.IsView || !_tables.Contains(table) || table.Column(column).Type != "text")
            throw new ArgumentException($"{table.QualifiedName}.{column} is not a text column of a fact table of this catalogue.", nameof(column));
        table.AddSearchColumn(column);
    }

    /// <summary>
    /// A b-tree index over columns of one of the catalogue's fact tables, in the order a read filters and sorts by them (an equality
    /// on the leading columns, then the keyset's order), so the read stays flat over ten years of rows (ADR 0170).
    /// Declared on the table itself, so Weasel's comparison of the table sees it.
    /// </summary>
    public void ReadIndex(ReportTable table, params string[] columns) => Declare(table, new ReportReadIndex(table.Name, columns, []));

    /// <summary>
    /// A partial read index: only the rows whose <paramref name="nullIn"/> columns are all null (a deadline neither met nor ended
    /// by its case's closing), over <paramref name="columns"/> in the order the read sorts by. For reads of the few running rows
    /// among years of ended ones: a plain index leading with the null columns is skipped whenever the planner, multiplying the
    /// columns' null fractions as if independent, expects thousands of rows (ADR 0265).
    /// </summary>
    public void ReadIndexOfRowsWithNull(ReportTable table, string[] nullIn, params string[] columns)
    {
        if (nullIn.Length == 0) throw new ArgumentException("A partial read index names the columns null in its rows.", nameof(nullIn));
        foreach (var column in nullIn) table.Column(column);
        Declare(table, new ReportReadIndex(table.Name, columns, nullIn));
    }

    private void Declare(ReportTable table, ReportReadIndex index)
    {
        if (table.IsView || !_tables.Contains(table) || index.Columns.Count == 0)
            throw new ArgumentException($"{table.QualifiedName} is not a fact table of this catalogue, or no column is given.", nameof(table));
        foreach (var column in index.Columns) table.Column(column);
        table.AddReadIndex(index);
    }

    public ReportTable? Find(string name) => _tables.FirstOrDefault(t => t.Name == name);

    private ReportTable Add(ReportTable table)
    {
        if (Find(table.Name) is not null) throw new ArgumentException($"{table.QualifiedName} is declared twice.");
        _tables.Add(table);
        return table;
    }
}
