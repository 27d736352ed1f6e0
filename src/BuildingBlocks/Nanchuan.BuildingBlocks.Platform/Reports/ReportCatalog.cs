using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>
/// Who may export a module's report tables: the roles (as in <c>[Authorize(Roles = …)]</c>) and, for a reader who sees only one
/// department's rows, the department (null: every row). <see cref="Scope"/> may refuse with an AccessDeniedException.
/// </summary>
public sealed record ReportAccess(string Roles, Func<Actor, string?>? Scope = null)
{
    public bool Admits(Actor actor) => Roles.Split(',').Contains(actor.Role);
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

    public ReportTable? Find(string name) => _tables.FirstOrDefault(t => t.Name == name);

    private ReportTable Add(ReportTable table)
    {
        if (Find(table.Name) is not null) throw new ArgumentException($"{table.QualifiedName} is declared twice.");
        _tables.Add(table);
        return table;
    }
}
