using Microsoft.Extensions.Logging;
using Npgsql;

namespace Nanchuan.BuildingBlocks.Platform.Database;

/// <summary>
/// Several nodes (ADR 0144, ADR 0168): listens on one PostgreSQL notification channel for the other nodes' notices, whose
/// payload is <c>{node id}</c> or <c>{node id}:{body}</c>; this node's own notices come back to it and are skipped. The
/// connection is its own (no pool). When it breaks, the listener is stopped, warns, and listens again 5 s later — notices
/// sent meanwhile are lost, which each caller accounts for when listening starts or stops.
/// </summary>
public sealed class OtherNodesListener(PlatformDatabase database, ILogger<OtherNodesListener> log)
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Listens until <paramref name="stopping"/>: <paramref name="listening"/> once the channel is listened to (again),
    /// <paramref name="heard"/> with the body of each other node's notice, <paramref name="stopped"/> when the connection is lost
    /// or the listener stops. The callbacks run on the listener's connection and must not block.
    /// </summary>
    public async Task ListenAsync(
        string channel, string ownNodeId, Action listening, Action<string> heard, Action stopped, CancellationToken stopping)
    {
        // Keepalive: a connection to a database that went away is noticed within a minute, not at the next notification.
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30, Pooling = false }.ConnectionString;
        while (!stopping.IsCancellationRequested)
        {
            var listened = false;
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stopping);
                connection.Notification += (_, notification) =>
                {
                    if (FromOtherNode(notification.Payload, ownNodeId) is { } body) heard(body);
                };
                await using (var listen = new NpgsqlCommand($"listen {channel}", connection)) await listen.ExecuteNonQueryAsync(stopping);
                listening();
                listened = true;
                while (true) await connection.WaitAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                if (listened) stopped();
                break;
            }
            catch (Exception e)
            {
                if (listened) stopped();
                log.LogWarning(e, "Listening on {Channel} for other nodes' notices failed; listening again in {Seconds} s", channel, Reconnect.TotalSeconds);
                await Task.Delay(Reconnect, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>The body of another node's notice; null for this node's own.</summary>
    private static string? FromOtherNode(string payload, string ownNodeId)
    {
        var separator = payload.IndexOf(':');
        var sender = separator < 0 ? payload.AsSpan() : payload.AsSpan(0, separator);
        if (sender.SequenceEqual(ownNodeId)) return null;
        return separator < 0 ? "" : payload[(separator + 1)..];
    }
}
