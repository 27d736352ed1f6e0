using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>
/// Reads the event store as stored and checks every link of every stream's chain (ADR 0086), computes the store's digest,
/// seals history older than the chain, and reseals a stream after a lawful erasure (ADR 0089).
/// </summary>
public sealed class EventChain(IDocumentStore store)
{
    private static readonly string Events = $"{PlatformHosting.EventSchema}.mt_events";
    private static readonly string Streams = $"{PlatformHosting.EventSchema}.mt_streams";
    private static readonly TimeSpan SettlePoll = TimeSpan.FromMilliseconds(50);

    /// <summary>How long a digest "up to now" waits for appends in flight before giving up (ADR 0260).</summary>
    public TimeSpan SettleLimit { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Verifies one stream; null when there is no such stream.</summary>
    public async Task<ChainReport?> VerifyStreamAsync(Guid streamId, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        var heads = await HeadsAsync(connection, streamId, cancellation);
        if (heads.Count == 0) return null;
        await using var command = new NpgsqlCommand($"select {EventSeal.Columns} from {Events} where stream_id = @id order by version", connection);
        command.Parameters.AddWithValue("id", streamId);
        return await VerifyAsync(command, heads, cancellation);
    }

    /// <summary>Verifies every stream of the store, in one pass over the events.</summary>
    public async Task<ChainReport> VerifyStoreAsync(CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        var heads = await HeadsAsync(connection, null, cancellation);
        await using var command = new NpgsqlCommand($"select {EventSeal.Columns} from {Events} order by stream_id, version", connection);
        return await VerifyAsync(command, heads, cancellation);
    }

    /// <summary>
    /// The digest over every stream's last seal up to <paramref name="upToSequence"/>; when null, up to the store's settled
    /// last sequence number (<see cref="SettledSequenceAsync"/>), so that a recheck up to the same number gives the same digest.
    /// </summary>
    public async Task<StoreDigest> DigestAsync(long? upToSequence, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        var upTo = upToSequence ?? await SettledSequenceAsync(connection, cancellation);
        await using var command = new NpgsqlCommand(
            $"select stream_id, max(version), count(*), (array_agg(headers ->> 'seal' order by version desc))[1] from {Events} " +
            "where seq_id <= @upTo group by stream_id order by stream_id", connection);
        command.Parameters.AddWithValue("upTo", upTo);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long streams = 0, events = 0;
        while (await reader.ReadAsync(cancellation))
        {
            streams++;
            events += reader.GetInt64(2);
            var seal = reader.IsDBNull(3) ? "unsealed" : reader.GetString(3);
            hash.AppendData(Encoding.UTF8.GetBytes($"{reader.GetGuid(0)}:{reader.GetInt64(1)}:{seal}\n"));
        }
        return new StoreDigest(Convert.ToHexStringLower(hash.GetHashAndReset()), upTo, streams, events);
    }

    /// <summary>
    /// Seals every stream none of whose events is sealed — history appended before the chain existed — under the stream's
    /// lock, one stream per transaction. A stream with some sealed events is never touched: a missing seal there is a broken
    /// link for verification to report, not history to seal. Returns the streams and events sealed.
    /// </summary>
    public async Task<(int Streams, long Events)> SealHistoryAsync(CancellationToken cancellation)
    {
        var candidates = new List<Guid>();
        await using (var connection = await OpenAsync(cancellation))
        await using (var command = new NpgsqlCommand(
            $"select stream_id from {Events} group by stream_id having bool_and(headers ->> 'seal' is null) order by stream_id", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation)) candidates.Add(reader.GetGuid(0));

        int streams = 0;
        long events = 0;
        foreach (var streamId in candidates)
        {
            await using var connection = await OpenAsync(cancellation);
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            await LockAsync(connection, streamId, cancellation);
            var rows = await ReadStreamAsync(connection, streamId, cancellation);
            if (rows.Count == 0 || rows.Any(r => r.Seal is not null)) continue;
            await ResealAsync(connection, rows, "", cancellation);
            await transaction.CommitAsync(cancellation);
            streams++;
            events += rows.Count;
        }
        return (streams, events);
    }

    /// <summary>
    /// Reseals a stream from <paramref name="fromVersion"/> on, on the caller's connection and transaction (an erasure's), with
    /// new nonces, so the old seals of rewritten events cannot be used to guess the erased values. Returns the stream's last
    /// seal before and after.
    /// </summary>
    public static async Task<(string? OldHead, string NewHead)> ResealFromAsync(NpgsqlConnection connection, Guid streamId, long fromVersion, CancellationToken cancellation)
    {
        await LockAsync(connection, streamId, cancellation);
        var rows = await ReadStreamAsync(connection, streamId, cancellation);
        var previous = rows.LastOrDefault(r => r.Version < fromVersion)?.Seal ?? "";
        var oldHead = rows.Count == 0 ? null : rows[^1].Seal;
        var newHead = await ResealAsync(connection, rows.Where(r => r.Version >= fromVersion).ToList(), previous, cancellation);
        return (oldHead, newHead);
    }

    private static async Task<string> ResealAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> rows, string previous, CancellationToken cancellation)
    {
        foreach (var row in rows)
        {
            var nonce = EventSeal.NewNonce();
            var seal = EventSeal.Compute(previous, nonce, row);
            await using var update = new NpgsqlCommand(
                $"update {Events} set headers = coalesce(headers, '{{}}'::jsonb) || jsonb_build_object('sealNonce', @nonce::text, 'seal', @seal::text) where seq_id = @seq",
                connection);
            update.Parameters.AddWithValue("nonce", nonce);
            update.Parameters.AddWithValue("seal", seal);
            update.Parameters.AddWithValue("seq", row.Sequence);
            await update.ExecuteNonQueryAsync(cancellation);
            previous = seal;
        }
        return previous;
    }

    private static Task LockAsync(NpgsqlConnection connection, Guid streamId, CancellationToken cancellation) =>
        LockStreamsAsync(connection, [streamId], cancellation);

    /// <summary>
    /// Holds the streams' rows until the caller's transaction ends, in one statement and in id order (so two lockers never
    /// deadlock). An append takes the same row lock (it updates the stream's version), so no event joins them meanwhile.
    /// </summary>
    public static async Task LockStreamsAsync(NpgsqlConnection connection, IReadOnlyList<Guid> streamIds, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select version from {Streams} where id = any(@ids) order by id for update", connection);
        command.Parameters.AddWithValue("ids", streamIds.ToArray());
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static async Task<List<StoredEvent>> ReadStreamAsync(NpgsqlConnection connection, Guid streamId, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select {EventSeal.Columns} from {Events} where stream_id = @id order by version", connection);
        command.Parameters.AddWithValue("id", streamId);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var rows = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellation)) rows.Add(EventSeal.Read(reader));
        return rows;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellation)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        return connection;
    }

    /// <summary>
    /// The store's last sequence number, returned once no append holding a lower one can still commit (ADR 0260). An append
    /// takes its number before it commits, so a later number can be visible while a lower one is still in flight; a digest
    /// up to the visible maximum would then leave that event out, and its recheck would include it and differ with no one
    /// having tampered. Any such append's transaction began before the maximum was read, so this waits until every
    /// transaction of this database begun by then that is running a statement or has written has ended. Real time, not the
    /// business clock: it waits on the database's own transactions.
    /// </summary>
    private async Task<long> SettledSequenceAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        long upTo;
        DateTime readAt;
        await using (var read = new NpgsqlCommand($"select coalesce(max(seq_id), 0), clock_timestamp() from {Events}", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellation))
        {
            await reader.ReadAsync(cancellation);
            upTo = reader.GetInt64(0);
            readAt = reader.GetDateTime(1);
        }
        await using var inFlight = new NpgsqlCommand(
            "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() " +
            "and xact_start < @readAt and (state = 'active' or backend_xid is not null)", connection);
        inFlight.Parameters.AddWithValue("readAt", readAt);
        var started = Stopwatch.GetTimestamp();
        while ((long)(await inFlight.ExecuteScalarAsync(cancellation))! > 0)
        {
            if (Stopwatch.GetElapsedTime(started) > SettleLimit) throw new StoreNotSettledException(SettleLimit);
            await Task.Delay(SettlePoll, cancellation);
        }
        return upTo;
    }

    private static async Task<SortedDictionary<Guid, long>> HeadsAsync(NpgsqlConnection connection, Guid? streamId, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select id, version from {Streams}" + (streamId is null ? "" : " where id = @id"), connection);
        if (streamId is not null) command.Parameters.AddWithValue("id", streamId.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var heads = new SortedDictionary<Guid, long>();
        while (await reader.ReadAsync(cancellation)) heads[reader.GetGuid(0)] = reader.GetInt64(1);
        return heads;
    }

    private static async Task<ChainReport> VerifyAsync(NpgsqlCommand command, SortedDictionary<Guid, long> heads, CancellationToken cancellation)
    {
        var tally = new Tally();
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            StreamCheck? current = null;
            while (await reader.ReadAsync(cancellation))
            {
                var row = EventSeal.Read(reader);
                if (current?.StreamId != row.StreamId)
                {
                    current?.Finish(heads, tally);
                    current = new StreamCheck(row.StreamId);
                }
                current.Check(row);
                tally.Events++;
            }
            current?.Finish(heads, tally);
        }
        // A stream whose row remains but whose every event was deleted.
        foreach (var (streamId, version) in heads.Where(h => !tally.Seen.Contains(h.Key)))
            tally.Break(new BrokenLink(streamId, 1, null, "streamWithoutEvents", $"version 1..{version}", "no events"));
        var status = tally.Broken > 0 ? ChainReport.Broken : tally.UnsealedStreams > 0 ? ChainReport.Unsealed : ChainReport.Intact;
        return new ChainReport(status, tally.Seen.Count + heads.Keys.Count(k => !tally.Seen.Contains(k)), tally.Events,
            tally.UnsealedStreams, tally.UnsealedEvents, tally.Broken, tally.First);
    }

    private sealed class Tally
    {
        public HashSet<Guid> Seen { get; } = [];
        public long Events { get; set; }
        public long UnsealedStreams { get; set; }
        public long UnsealedEvents { get; set; }
        public long Broken { get; private set; }
        public BrokenLink? First { get; private set; }

        public void Break(BrokenLink link)
        {
            Broken++;
            if (First is null || link.StreamId.CompareTo(First.StreamId) < 0) First = link;
        }
    }

    /// <summary>Walks one stream's events in version order (<see cref="EventSeal"/>); the first failure ends the walk.</summary>
    private sealed class StreamCheck(Guid streamId)
    {
        private string _previousSeal = "";
        private long _version;
        private long _unsealed;
        private BrokenLink? _broken;

        public Guid StreamId { get; } = streamId;

        public void Check(StoredEvent row)
        {
            if (_broken is not null) return;
            var expectedVersion = _version + 1;
            if (row.Version != expectedVersion)
                _broken = new BrokenLink(StreamId, expectedVersion, null, "versionMissing", $"version {expectedVersion}", $"version {row.Version}");
            else if (row.Seal is null)
            {
                if (_version > _unsealed) _broken = new BrokenLink(StreamId, row.Version, row.Sequence, "sealMissing", "a seal", "none");
                else _unsealed++;
            }
            else if (_unsealed > 0)
                _broken = new BrokenLink(StreamId, row.Version, row.Sequence, "sealMissing", $"a seal on versions 1..{_unsealed}", "none");
            else
            {
                if (!EventSeal.Verifies(_previousSeal, row))
                    _broken = new BrokenLink(StreamId, row.Version, row.Sequence, "sealMismatch", EventSeal.Compute(_previousSeal, row.Nonce ?? "", row), row.Seal);
                _previousSeal = row.Seal;
            }
            _version = row.Version;
        }

        public void Finish(SortedDictionary<Guid, long> heads, Tally tally)
        {
            tally.Seen.Add(StreamId);
            if (_broken is null && heads.TryGetValue(StreamId, out var head) && head > _version)
                _broken = new BrokenLink(StreamId, _version + 1, null, "eventsMissingAtEnd", $"version {_version + 1}..{head}", $"last version {_version}");
            if (_broken is not null) tally.Break(_broken);
            else if (_unsealed > 0)
            {
                tally.UnsealedStreams++;
                tally.UnsealedEvents += _unsealed;
            }
        }
    }
}
