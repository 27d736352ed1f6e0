using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Platform.Database;
using Npgsql;

namespace Nanchuan.Console.Live;

/// <summary>
/// Several nodes (ADR 0144): listens on <see cref="LiveUpdates.NotificationChannel"/> with a connection of its own and signals this node's
/// boards for every other node's oversight commit. When the connection breaks it reconnects, and signals once on listening
/// again, since a change may have been missed meanwhile (a board re-reads, nothing is lost).
/// </summary>
internal sealed class LiveUpdatesRelay(LiveUpdates live, PlatformDatabase database, ILogger<LiveUpdatesRelay> log) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        // Keepalive: a connection to a database that went away is noticed within a minute, not at the next notification.
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30, Pooling = false }.ConnectionString;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Console live updates: listening for other nodes' changes failed; again in {Seconds} s", Reconnect.TotalSeconds);
                await Task.Delay(Reconnect, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stopping)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stopping);
        connection.Notification += (_, notification) =>
        {
            if (notification.Payload != live.NodeId) live.Notify();
        };
        await using (var listen = new NpgsqlCommand($"listen {LiveUpdates.NotificationChannel}", connection)) await listen.ExecuteNonQueryAsync(stopping);
        live.Notify();
        while (true) await connection.WaitAsync(stopping);
    }
}
