using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Nanchuan.BuildingBlocks.Platform.Database;

/// <summary>
/// With `Database:ApplySchemaAtStartup=false` the host trusts that `resources setup` migrated the database. On a database
/// that never had it, Marten and Wolverine would fail later in background agents, and the host stopped with exit code 0
/// (issue 22). This runs first of all hosted services and stops the start with the command to run.
/// </summary>
internal sealed class SchemaPresenceCheck(PlatformDatabase database) : IHostedService
{
    private static readonly string[] Required = [$"{PlatformHosting.EventSchema}.mt_streams", $"{PlatformHosting.MessagingSchema}.wolverine_incoming_envelopes"];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var source = OneOff(database.ConnectionString);
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using var query = new NpgsqlCommand("select name from unnest(@tables) as name where to_regclass(name) is null", connection);
        query.Parameters.AddWithValue("tables", Required);
        var missing = new List<string>();
        await using (var rows = await query.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken)) missing.Add(rows.GetString(0));
        if (missing.Count > 0) throw new SchemaMissingException(missing);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// One query on one connection before anything else runs: no pool kept for it, and no load of the server's type catalogue
    /// (text and booleans are built in), which Marten's own data source loads again anyway (bench S8, ADR 0146).
    /// </summary>
    private static NpgsqlDataSource OneOff(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString) { ConnectionStringBuilder = { Pooling = false } };
        builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        return builder.Build();
    }
}

public sealed class SchemaMissingException(IReadOnlyList<string> missing) : Exception(
    $"The database has no platform schema ({string.Join(", ", missing)} missing) and Database:ApplySchemaAtStartup is false. " +
    "Run `dotnet Nanchuan.Host.dll resources setup` with the same connection string first (README, Deploying), " +
    "or start once with Database:ApplySchemaAtStartup=true.");
