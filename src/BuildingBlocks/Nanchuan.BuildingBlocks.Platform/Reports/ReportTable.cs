using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>An SQL expression written as a column's new value (e.g. <c>coalesce(answered_at, ?::timestamptz)</c>) with its parameters, instead of a parameter.</summary>
public sealed record ReportSql(string Expression, params object?[] Parameters);

/// <summary>
/// A plain SQL relation of a module's schema for reporting tools (platform rule 7; docs/adr/0022): a fact table written inline with
/// the events by the upserts below, or a summary view computed from fact tables. Declared once, it is the schema (created and
/// migrated with the module's Marten schema), the writer, the export and the data dictionary entry.
/// </summary>
public sealed class ReportTable
{
    internal ReportTable(string schema, string name, string chineseName, string meaning, IReadOnlyList<ReportColumn> columns, string? viewQuery, bool exported)
    {
        if (!columns.Any(c => c.Key)) throw new ArgumentException($"{schema}.{name} declares no key column.", nameof(columns));
        Schema = schema;
        Name = name;
        ChineseName = chineseName;
        Meaning = meaning;
        Columns = columns;
        ViewQuery = viewQuery;
        Exported = exported;
    }

    public string Schema { get; }
    public string Name { get; }
    public string ChineseName { get; }
    public string Meaning { get; }
    public IReadOnlyList<ReportColumn> Columns { get; }

    /// <summary>The select of a summary view; null for a fact table.</summary>
    public string? ViewQuery { get; }

    public bool IsView => ViewQuery is not null;

    /// <summary>Served by the generic export (<c>/api/{module}/reports/{table}.csv|.xlsx</c>); fact tables of personal detail stay SQL-only.</summary>
    public bool Exported { get; }

    public string QualifiedName => $"{Schema}.{Name}";

    public IEnumerable<ReportColumn> KeyColumns => Columns.Where(c => c.Key);

    public ReportColumn Column(string name) =>
        Columns.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"{QualifiedName} has no column {name}.", nameof(name));

    private readonly List<string> _searchColumns = [];

    /// <summary>The text columns with a trigram index (<see cref="ReportCatalog.SearchIndex"/>).</summary>
    public IReadOnlyList<string> SearchColumns => _searchColumns;

    internal void AddSearchColumn(string column)
    {
        if (!_searchColumns.Contains(column)) _searchColumns.Add(column);
    }

    /// <summary>The b-tree indexes a module's reads need beyond the key (<see cref="ReportCatalog.ReadIndex"/>).</summary>
    private readonly List<ReportReadIndex> _readIndexes = [];

    internal void AddReadIndex(ReportReadIndex index)
    {
        if (index.Name.Length > 63) throw new ArgumentException($"{index.Name} is longer than PostgreSQL's 63 characters of a name.", nameof(index));
        if (!_readIndexes.Any(existing => existing.Name == index.Name)) _readIndexes.Add(index);
    }

    /// <summary>The name of the trigram index over a column: <c>{table}_{column}_trgm</c>.</summary>
    public string SearchIndexName(string column) => $"{Name}_{column}_trgm";

    internal PostgresqlObjectName ObjectName => new(Schema, Name, SchemaUtils.IdentifierUsage.General);

    public ISchemaObject Definition()
    {
        if (IsView) return new ReportView(this);
        var table = new Table(ObjectName);
        foreach (var column in Columns)
        {
            var added = table.AddColumn(column.Name, column.Type);
            if (column.Key) added.AsPrimaryKey();
        }
        foreach (var column in _searchColumns)
            table.Indexes.Add(new IndexDefinition(SearchIndexName(column)) { Method = IndexMethod.gin, Mask = "? gin_trgm_ops" }.AgainstColumns(column));
        foreach (var index in _readIndexes) table.Indexes.Add(index.Definition());
        return table;
    }

    /// <summary>
    /// Inserts the row or, if its key exists, overwrites the given columns. <c>insert … on conflict do update</c> never fails on a
    /// concurrent insert of the same key: the second waits for the first and updates its row.
    /// </summary>
    public void Upsert(IDocumentOperations operations, params (string Column, object? Value)[] values) => Queue(operations, UpsertStatement(values));

    /// <summary>The statement of <see cref="Upsert"/>, not queued: for a module that writes it inside a statement of its own (e.g. one that keeps totals, ADR 0198).</summary>
    public ReportSql UpsertStatement(params (string Column, object? Value)[] values)
    {
        var keys = KeyColumns.Select(c => c.Name).ToList();
        var updates = values.Select(v => v.Column).Where(c => !keys.Contains(c)).Select(c => $"{c} = excluded.{c}").ToList();
        return Statement(
            $"insert into {QualifiedName} ({string.Join(", ", values.Select(v => v.Column))}) values ({string.Join(", ", values.Select(v => Value(v.Column, v.Value)))}) " +
            $"on conflict ({string.Join(", ", keys)}) do " + (updates.Count == 0 ? "nothing" : $"update set {string.Join(", ", updates)}"),
            values.Select(v => v.Value));
    }

    /// <summary>Sets columns of the row with the given key (key columns in declaration order).</summary>
    public void Update(IDocumentOperations operations, object?[] key, params (string Column, object? Value)[] values) => Queue(operations, UpdateStatement(key, values));

    /// <summary>The statement of <see cref="Update"/>, not queued.</summary>
    public ReportSql UpdateStatement(object?[] key, params (string Column, object? Value)[] values) =>
        Statement($"update {QualifiedName} set {string.Join(", ", values.Select(v => $"{v.Column} = {Value(v.Column, v.Value)}"))} where {KeyCondition()}",
            [.. values.Select(v => v.Value), .. key]);

    /// <summary>Adds one to an integer column of the row with the given key.</summary>
    public void Increment(IDocumentOperations operations, object?[] key, string column) => Queue(operations, IncrementStatement(key, column));

    /// <summary>The statement of <see cref="Increment"/>, not queued.</summary>
    public ReportSql IncrementStatement(object?[] key, string column) => UpdateStatement(key, (Column(column).Name, new ReportSql($"{column} + 1")));

    /// <summary>Deletes the rows matching a condition over the declared columns (placeholders <c>?</c>).</summary>
    public void Delete(IDocumentOperations operations, string condition, params object?[] parameters) =>
        Queue(operations, Statement($"delete from {QualifiedName} where {condition}", parameters));

    /// <summary>
    /// For a table recomputed from what is committed (a refresh that reads, then replaces rows) rather than written with the events:
    /// opens the session's transaction and takes the table's PostgreSQL advisory lock in it, so refreshes run one at a time across
    /// every node, each reading what the previous one committed (docs/adr/0122). The lock ends with the session's commit or
    /// rollback, and a node that dies holding it releases it with its connection. Call it before the refresh reads anything.
    /// </summary>
    public async Task SerialiseRefreshesAsync(IDocumentSession session, CancellationToken cancellation)
    {
        if (IsView) throw new InvalidOperationException($"{QualifiedName} is a view; nothing refreshes it.");
        await session.BeginTransactionAsync(cancellation);
        await using var command = new NpgsqlCommand("select pg_advisory_xact_lock(@key)", session.Connection);
        command.Parameters.AddWithValue("key", RefreshLockKey);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>The table's advisory lock key: 64 bits hashed from its qualified name, far from the small numbers Marten's and Wolverine's own advisory locks use.</summary>
    public long RefreshLockKey => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"nanchuan:report-refresh:{QualifiedName}")), 0);

    /// <summary>A statement of this table (placeholders <c>?</c>), its parameters flattened: an expression's own parameters in its place.</summary>
    private ReportSql Statement(string sql, IEnumerable<object?> values)
    {
        if (IsView) throw new InvalidOperationException($"{QualifiedName} is a view; write its fact tables.");
        return new ReportSql(sql, [.. values.SelectMany(v => v is ReportSql expression ? expression.Parameters : [v])]);
    }

    private static void Queue(IDocumentOperations operations, ReportSql statement) =>
        operations.QueueSqlCommand(statement.Expression, statement.Parameters.Select(ReportValues.Parameter).ToArray());

    private string KeyCondition() => string.Join(" and ", KeyColumns.Select(c => $"{c.Name} = {Value(c.Name, null)}"));

    /// <summary>Every value is cast to its column's type, so a null is typed.</summary>
    private string Value(string column, object? value) => value is ReportSql sql ? sql.Expression : $"?::{Column(column).Type}";
}
