using System.Globalization;
using Marten;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>Which figure to read: one numeric column of one row (named by every key column) of a module's exported report table.</summary>
public sealed record KpiReference(string Module, ReportCatalog Catalog, ReportTable Table, ReportColumn Column, IReadOnlyList<(ReportColumn Column, object Value)> Row, string Field);

/// <summary>
/// A KPI snapshot (指标快照): the figure a report table held at a moment, with where it was read, so that another module can cite
/// it (spec's cross-module flows: an Awards entry cites KPIs of any module) without knowing that module and without the figure
/// changing when the table later does. The reader needs the right to export that table and sees only their department's rows.
/// </summary>
public static class KpiSnapshots
{
    /// <summary>Checks a reference to a figure, adding field errors under <paramref name="field"/>; null when it is broken.</summary>
    public static KpiReference? Resolve(IReadOnlyList<INanchuanModule> modules, FieldErrors errors, string field,
        string? module, string? table, string? column, IReadOnlyDictionary<string, string>? row)
    {
        var owner = modules.FirstOrDefault(m => m.Reports is not null && string.Equals(m.Name, module, StringComparison.OrdinalIgnoreCase));
        if (owner?.Reports is not { } catalog)
        {
            errors.Add($"{field}.module", $"没有模块{module}的报表 / module {module} has no report tables.");
            return null;
        }
        if (catalog.Find(table ?? "") is not { Exported: true } report)
        {
            errors.Add($"{field}.table", $"模块{catalog.Module}没有报表{table}（见 docs/reporting.md） / {catalog.Module} has no exported report table {table}.");
            return null;
        }
        var figure = report.Columns.FirstOrDefault(c => c.Name == column && !c.Key && IsNumber(c));
        if (figure is null)
        {
            var numbers = string.Join(", ", report.Columns.Where(c => !c.Key && IsNumber(c)).Select(c => c.Name));
            errors.Add($"{field}.column", $"报表{report.Name}的数值列为：{numbers} / {report.Name}'s figures are: {numbers}.");
            return null;
        }
        var given = row ?? new Dictionary<string, string>();
        var keys = new List<(ReportColumn, object)>();
        foreach (var key in report.KeyColumns)
        {
            if (!given.TryGetValue(key.Name, out var text) || Parse(key, text) is not { } value)
                errors.Add($"{field}.row.{key.Name}", $"请填写行键{key.Name}（{key.ChineseName}，{key.Type}） / the row's key {key.Name} ({key.Type}) is required.");
            else keys.Add((key, value));
        }
        foreach (var extra in given.Keys.Where(k => report.KeyColumns.All(c => c.Name != k)))
            errors.Add($"{field}.row.{extra}", $"{extra}不是报表{report.Name}的行键 / {extra} is not a key of {report.Name}.");
        return keys.Count == report.KeyColumns.Count() && given.Count == keys.Count ? new KpiReference(owner.Name, catalog, report, figure, keys, field) : null;
    }

    /// <summary>The figure as it stands now; 403 when the reader may not export the table or the row's department, 400 when the row does not exist or holds no figure.</summary>
    public static async Task<KpiSnapshot> ReadAsync(IQuerySession session, Actor reader, KpiReference reference, DateTimeOffset now, CancellationToken cancellation)
    {
        var department = reference.Row.FirstOrDefault(k => k.Column.Dimension == ReportDimension.Department).Value as string;
        reference.Catalog.Access.EnsureMayRead(reader, reference.Catalog.Module, reference.Table, department);
        var where = string.Join(" and ", reference.Row.Select(k => $"{k.Column.Name} = ?"));
        var rows = await ReportReader.RowsAsync(session, reference.Table, where, cancellation, [.. reference.Row.Select(k => k.Value)]);
        if (rows.SingleOrDefault()?[reference.Column.Name] is not { } value)
            throw new DomainValidationException($"{reference.Field}.row",
                $"报表{reference.Table.Name}中没有这一行的{reference.Column.ChineseName} / {reference.Table.Name} holds no {reference.Column.Name} for that row.");
        var row = reference.Row.ToDictionary(k => k.Column.Name, k => k.Value is DateOnly day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Convert.ToString(k.Value, CultureInfo.InvariantCulture)!);
        var query = string.Join("&", row.Select(k => $"{k.Key}={Uri.EscapeDataString(k.Value)}"));
        return new KpiSnapshot(reference.Module, reference.Table.Name, reference.Column.Name, $"{reference.Table.ChineseName}·{reference.Column.ChineseName}",
            row, Convert.ToDecimal(value, CultureInfo.InvariantCulture), $"{reference.Table.QualifiedName}?{query}", now);
    }

    private static bool IsNumber(ReportColumn column) => column.Type is "integer" or "bigint" || column.Type.StartsWith("numeric", StringComparison.Ordinal);

    private static object? Parse(ReportColumn key, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return key.Type == "text" && text == "" ? "" : null;
        return key.Type switch
        {
            "integer" => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            "bigint" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            "text" => text.Length <= 200 ? text : null,
            _ => null,
        };
    }
}

/// <summary>
/// A figure read from a report table: the table's Chinese name and column as the indicator, the row it was read from, and when;
/// <c>Source</c> names the table and row, e.g. <c>utilities.connection_summary?month=2028-10&amp;utility=power…</c>.
/// </summary>
public sealed record KpiSnapshot(string Module, string Table, string Column, string Indicator, IReadOnlyDictionary<string, string> Row, decimal Figure,
    string Source, DateTimeOffset ReadAt);
