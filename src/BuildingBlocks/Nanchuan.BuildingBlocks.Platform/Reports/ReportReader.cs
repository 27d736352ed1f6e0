using System.Globalization;
using System.Text.Json;
using Marten;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>Reads report tables back for the REST queries and the exports, as typed rows or as one value per declared column.</summary>
public static class ReportReader
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>The rows of a select (placeholders <c>?</c>) as <typeparamref name="T"/>, matched by snake_case column names.</summary>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(IQuerySession session, string select, CancellationToken cancellation, params object[] parameters) =>
        JsonSerializer.Deserialize<List<T>>(await JsonAsync(session, select, cancellation, parameters), SnakeCase)!;

    /// <summary>The table's rows (optionally filtered, placeholders <c>?</c>) in key order, each value typed after its declared column.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RowsAsync(
        IQuerySession session, ReportTable table, string? where, CancellationToken cancellation, params object[] parameters)
    {
        var order = string.Join(", ", table.KeyColumns.Select(c => c.Name));
        var json = await JsonAsync(session, $"select * from {table.QualifiedName}{(where is null ? "" : $" where {where}")} order by {order}", cancellation, parameters);
        return JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(json)!
            .Select(row => (IReadOnlyDictionary<string, object?>)table.Columns.ToDictionary(c => c.Name, c => Value(c, row[c.Name])))
            .ToList();
    }

    private static async Task<string> JsonAsync(IQuerySession session, string select, CancellationToken cancellation, object[] parameters) =>
        (await session.AdvancedSql.QueryAsync<string>($"select coalesce(json_agg(t), '[]'::json)::text from ({select}) t", cancellation,
            parameters.Select(ReportValues.Parameter).ToArray())).Single();

    private static object? Value(ReportColumn column, JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : column.Type switch
    {
        "integer" or "bigint" => value.GetInt64(),
        "boolean" => value.GetBoolean(),
        "date" => DateOnly.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "timestamptz" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture).ToOffset(Beijing),
        var type when type.StartsWith("numeric", StringComparison.Ordinal) => value.GetDecimal(),
        _ => value.ToString(),
    };
}
