using System.Collections.Concurrent;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// What this node last answered for a case to a caller (ADR 0168): the case's id and the caller's bearer token → the case's
/// <c>ETag</c> then. A conditional GET naming that tag is answered 304 from here, without a database round trip, while the case
/// has not changed since — which every node learns from the committing node (<see cref="CaseChanges"/>, <see cref="CaseChangeRelay"/>).
/// Kept only while this node listens for other nodes' changes, and each entry at most <see cref="Lifetime"/>: a node that died
/// between a commit and its notice leaves no 304 wrong for longer.
/// </summary>
internal sealed class CaseTagCache(TimeProvider time)
{
    /// <summary>The longest an answer is reused: bounds what a lost notice (its node died after the commit) can leave stale.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Cases with entries before the cache starts again empty (memory bound: each entry holds a token).</summary>
    public const int MaxCases = 20_000;

    private const int Stripes = 1024;
    private readonly long[] _changes = new long[Stripes];
    private readonly ConcurrentDictionary<Guid, CaseTags> _cases = new();
    private volatile bool _listening;

    /// <summary>Whether answers are kept and reused: only while this node hears every other node's changes.</summary>
    public bool Listening => _listening;

    /// <summary>The notices of changes heard or made on this node; a test waits on it.</summary>
    public long ChangesSeen => Interlocked.Read(ref _seen);

    private long _seen;
    private long _size;

    /// <summary>The tag this node answered <paramref name="token"/> for the case, if the case has not changed since and it is recent.</summary>
    public string? TagFor(Guid id, string token)
    {
        if (!_listening || !_cases.TryGetValue(id, out var tags)) return null;
        return tags.Find(token, time.GetTimestamp());
    }

    /// <summary>Taken before the case is read from the database: <see cref="Keep"/> keeps the answer only if no change came since.</summary>
    public long ChangesOf(Guid id) => Volatile.Read(ref _changes[Stripe(id)]);

    /// <summary>Keeps the tag answered, unless the case (or another of its stripe) changed after <paramref name="changesBefore"/> was taken.</summary>
    public void Keep(Guid id, string token, string tag, long changesBefore)
    {
        if (!_listening || ChangesOf(id) != changesBefore) return;
        if (!_cases.TryGetValue(id, out var tags))
        {
            tags = _cases.GetOrAdd(id, _ => new CaseTags());
            if (Interlocked.Increment(ref _size) > MaxCases) Forget();
        }
        tags.Set(token, tag, time.GetTimestamp() + (long)(Lifetime.TotalSeconds * time.TimestampFrequency));
        // A change counted between the check above and the set: its removal may have missed the entry just set.
        if (ChangesOf(id) != changesBefore && _cases.TryRemove(id, out _)) Interlocked.Decrement(ref _size);
    }

    /// <summary>The cases changed (committed here or on another node): nothing answered before is reused for them.</summary>
    public void Changed(IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
        {
            Interlocked.Increment(ref _changes[Stripe(id)]);
            if (_cases.TryRemove(id, out _)) Interlocked.Decrement(ref _size);
            Interlocked.Increment(ref _seen);
        }
    }

    /// <summary>Listening again (after a start or a broken connection): what was kept before may have missed changes.</summary>
    public void StartListening()
    {
        Forget();
        _listening = true;
    }

    /// <summary>Not listening: no answer is kept or reused until <see cref="StartListening"/>.</summary>
    public void StopListening()
    {
        _listening = false;
        Forget();
    }

    private void Forget()
    {
        for (var i = 0; i < Stripes; i++) Interlocked.Increment(ref _changes[i]);
        _cases.Clear();
        Interlocked.Exchange(ref _size, 0);
    }

    private static int Stripe(Guid id) => (id.GetHashCode() & int.MaxValue) % Stripes;

    /// <summary>One case's tags by token; few per case (the readers holding it).</summary>
    private sealed class CaseTags
    {
        private const int MaxReaders = 64;
        private readonly Lock _gate = new();
        private readonly Dictionary<string, (string Tag, long Until)> _byToken = new(StringComparer.Ordinal);

        public string? Find(string token, long now)
        {
            lock (_gate) return _byToken.TryGetValue(token, out var entry) && entry.Until > now ? entry.Tag : null;
        }

        public void Set(string token, string tag, long until)
        {
            lock (_gate)
            {
                if (_byToken.Count >= MaxReaders) _byToken.Clear();
                _byToken[token] = (tag, until);
            }
        }
    }
}
