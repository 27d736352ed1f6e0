using Npgsql;

namespace Nanchuan.BuildingBlocks.Platform.Database;

/// <summary>
/// Several nodes (ADR 0168, 0223): the one connection a node sends its notices to the other nodes on (<c>pg_notify</c>), always
/// after the commits they tell of and never inside a write's transaction. PostgreSQL takes one database-wide lock for every
/// committing transaction that notifies and holds it through that commit's WAL flush, so writes that notify commit in single
/// file and every other notifier waits behind them. A notice here is a transaction of its own that changes no data, committed
/// with <c>synchronous_commit=off</c>: it waits for no WAL flush and holds the lock only for the moment it queues the notice.
/// The connection is not pooled, kept open between notices, opened at the first one and again after a failure.
/// </summary>
public sealed class NoticeSender(PlatformDatabase database) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlConnection? _connection;
    private NpgsqlCommand? _notify;

    /// <summary>Sends <paramref name="payload"/> on <paramref name="channel"/>; a failure closes the connection and is thrown to the caller.</summary>
    public async Task SendAsync(string channel, string payload, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            _notify ??= await PreparedAsync(cancellation);
            _notify.Parameters[0].Value = channel;
            _notify.Parameters[1].Value = payload;
            await _notify.ExecuteNonQueryAsync(cancellation);
        }
        catch
        {
            await CloseAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The connection and its one statement, prepared there once: no parse or plan per notice (ADR 0221).</summary>
    private async Task<NpgsqlCommand> PreparedAsync(CancellationToken cancellation)
    {
        _connection = await OpenAsync(cancellation);
        var notify = new NpgsqlCommand("select pg_notify($1, $2)", _connection);
        notify.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "" });
        notify.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "" });
        await notify.PrepareAsync(cancellation);
        return notify;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellation)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            KeepAlive = 30, Pooling = false, Options = "-c synchronous_commit=off",
        }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellation);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CloseAsync()
    {
        if (_notify is not null) await _notify.DisposeAsync();
        _notify = null;
        if (_connection is not null) await _connection.DisposeAsync();
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _gate.Dispose();
    }
}
