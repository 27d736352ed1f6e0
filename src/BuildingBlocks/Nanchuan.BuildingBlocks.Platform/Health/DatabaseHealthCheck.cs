using Microsoft.Extensions.Diagnostics.HealthChecks;
using Nanchuan.BuildingBlocks.Platform.Database;
using Npgsql;

namespace Nanchuan.BuildingBlocks.Platform.Health;

/// <summary>Ready only when the platform database answers a query.</summary>
public sealed class DatabaseHealthCheck(PlatformDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy(database.IsEmbedded ? "embedded PostgreSQL" : "configured PostgreSQL");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
