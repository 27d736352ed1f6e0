using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Nanchuan.BuildingBlocks.Platform.Writes;

/// <summary>
/// The case version one write request expects (its <c>If-Match</c>) and the version it leaves (its <c>ETag</c>), carried
/// with the request's async flow from <see cref="CaseVersionMiddleware"/> to <see cref="CaseVersionCheck"/>, so no endpoint
/// has to handle either (ADR 0027).
/// </summary>
public sealed class CaseWrite
{
    private static readonly AsyncLocal<CaseWrite?> Ambient = new();

    internal CaseWrite(long? expectedVersion, HttpContext request)
    {
        ExpectedVersion = expectedVersion;
        Request = request;
    }

    /// <summary>The write request of the current async flow; null in message handlers and reads.</summary>
    internal static CaseWrite? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>The stream version the client based its request on; null when it sent no <c>If-Match</c>.</summary>
    public long? ExpectedVersion { get; }

    internal HttpContext Request { get; }

    /// <summary>The case's version once the write is committed; the response's ETag.</summary>
    public long? WrittenVersion { get; private set; }

    internal long? PendingVersion { get; set; }

    /// <summary>The route's <c>{id}</c> (or <c>{code}</c>): which stream is the case when a write touches several.</summary>
    internal string? RouteId() => (Request.GetRouteValue("id") ?? Request.GetRouteValue("code"))?.ToString();

    /// <summary>Refuses the write before anything is decided when the case is not at the version the client saw.</summary>
    internal void VerifyFetched(Guid caseId, long version)
    {
        if (ExpectedVersion is { } expected && expected != version) throw new StaleCaseVersionException(caseId.ToString(), expected, version);
    }

    internal void Committed() => WrittenVersion = PendingVersion ?? WrittenVersion;
}
