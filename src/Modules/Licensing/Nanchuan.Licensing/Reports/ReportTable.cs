using Marten;
using Nanchuan.BuildingBlocks.Enterprises;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Nanchuan.Licensing.Reports;

/// <summary>A column of a report table: its SQL name and type and the (Chinese) header of its exports.</summary>
public sealed record ReportColumn(string Name, string Type, string Header, bool Key = false);

/// <summary>
/// A plain SQL table of the licensing schema for reporting tools (platform rule 7), and the one writer of its rows: every
/// value is cast to its column's type, so a null is typed; times are written in UTC.
/// </summary>
public sealed class ReportTable(string name, params ReportColumn[] columns)
{
    public const string Schema = "licensing";

    public string Name { get; } = name;

    public IReadOnlyList<ReportColumn> Columns { get; } = columns;

    public string QualifiedName => $"{Schema}.{Name}";

    public Table Definition()
    {
        var table = new Table(new PostgresqlObjectName(Schema, Name, SchemaUtils.IdentifierUsage.General));
        foreach (var column in Columns)
        {
            var added = table.AddColumn(column.Name, column.Type);
            if (column.Key) added.AsPrimaryKey();
        }
        return table;
    }

    /// <summary>Inserts the row or, if its key exists, overwrites the given columns.</summary>
    public void Upsert(IDocumentOperations operations, params (string Column, object? Value)[] values)
    {
        var keys = Columns.Where(c => c.Key).Select(c => c.Name).ToList();
        var updates = values.Select(v => v.Column).Where(c => !keys.Contains(c)).Select(c => $"{c} = excluded.{c}").ToList();
        operations.QueueSqlCommand(
            $"insert into {QualifiedName} ({string.Join(", ", values.Select(v => v.Column))}) values ({string.Join(", ", values.Select(v => Placeholder(v.Column)))}) " +
            $"on conflict ({string.Join(", ", keys)}) do " + (updates.Count == 0 ? "nothing" : $"update set {string.Join(", ", updates)}"),
            values.Select(v => Parameter(v.Value)).ToArray());
    }

    /// <summary>Sets columns of the row with the given key (key columns in declaration order).</summary>
    public void Update(IDocumentOperations operations, object?[] key, params (string Column, object? Value)[] values) =>
        operations.QueueSqlCommand(
            $"update {QualifiedName} set {string.Join(", ", values.Select(v => $"{v.Column} = {Placeholder(v.Column)}"))} where {KeyCondition()}",
            [.. values.Select(v => Parameter(v.Value)), .. key.Select(Parameter)]);

    /// <summary>Adds one to an integer column of the row with the given key.</summary>
    public void Increment(IDocumentOperations operations, object?[] key, string column) =>
        operations.QueueSqlCommand($"update {QualifiedName} set {column} = {column} + 1 where {KeyCondition()}", key.Select(Parameter).ToArray());

    private string KeyCondition() => string.Join(" and ", Columns.Where(c => c.Key).Select(c => $"{c.Name} = {Placeholder(c.Name)}"));

    private string Placeholder(string column) =>
        $"?::{(Columns.FirstOrDefault(c => c.Name == column) ?? throw new ArgumentException($"{QualifiedName} has no column {column}.", nameof(column))).Type}";

    public static object Parameter(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.ToUniversalTime(),
        UnifiedSocialCreditCode code => code.Value,
        Enum e => e.ToString(),
        _ => value,
    };
}
