namespace Nanchuan.BuildingBlocks.Platform.Writes;

/// <summary>
/// The case version one write request expects (its <c>If-Match</c>) and the version it leaves (its <c>ETag</c>), carried
/// with the request's async flow from <see cref="CaseVersionMiddleware"/> to <see cref="CaseVersionCheck"/>, so no endpoint
/// has to handle either (ADR 0027).
/// </summary>
public sealed class CaseWrite
{
    private static readonly AsyncLocal<CaseWrite?> Ambient = new();

    internal CaseWrite(long? expectedVersion, Func<string?> routeId)
    {
        ExpectedVersion = expectedVersion;
        RouteId = routeId;
    }

    /// <summary>The write request of the current async flow; null in message handlers and reads.</summary>
    internal static CaseWrite? Current => Ambient.Value;

    /// <summary>The stream version the client based its request on; null when it sent no <c>If-Match</c>.</summary>
    public long? ExpectedVersion { get; }

    /// <summary>The route's <c>{id}</c> (or <c>{code}</c>): which stream is the case when a write touches several.</summary>
    internal Func<string?> RouteId { get; }

    /// <summary>The case's version once the write is committed; the response's ETag.</summary>
    public long? WrittenVersion { get; private set; }

    internal long? PendingVersion { get; set; }

    /// <summary>Refuses the write before anything is decided when the case is not at the version the client saw.</summary>
    internal void VerifyFetched(string caseId, long version)
    {
        if (ExpectedVersion is { } expected && expected != version) throw new StaleCaseVersionException(caseId, expected, version);
    }

    internal void Committed() => WrittenVersion = PendingVersion ?? WrittenVersion;

    internal static IDisposable Use(CaseWrite write)
    {
        var previous = Ambient.Value;
        Ambient.Value = write;
        return new Restore(previous);
    }

    private sealed class Restore(CaseWrite? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
