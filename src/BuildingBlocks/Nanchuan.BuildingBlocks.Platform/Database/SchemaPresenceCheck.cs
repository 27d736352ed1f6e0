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
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var missing = new List<string>();
        foreach (var table in Required)
        {
            await using var query = new NpgsqlCommand("select to_regclass(@table) is not null", connection);
            query.Parameters.AddWithValue("table", table);
            if (!(bool)(await query.ExecuteScalarAsync(cancellationToken))!) missing.Add(table);
        }
        if (missing.Count > 0) throw new SchemaMissingException(missing);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class SchemaMissingException(IReadOnlyList<string> missing) : Exception(
    $"The database has no platform schema ({string.Join(", ", missing)} missing) and Database:ApplySchemaAtStartup is false. " +
    "Run `dotnet Nanchuan.Host.dll resources setup` with the same connection string first (README, Deploying), " +
    "or start once with Database:ApplySchemaAtStartup=true.");
