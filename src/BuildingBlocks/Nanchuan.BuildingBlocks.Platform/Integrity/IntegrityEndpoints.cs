using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>A recorded digest and whether the store still gives it.</summary>
/// <param name="Record">The digest as recorded that day.</param>
/// <param name="Recomputed">The digest over the same events as stored now.</param>
/// <param name="Matches">False when anything it covers was changed since (an edit, a deletion, a chain recomputed by hand) —
/// or lawfully rewritten by a personal-data erasure recorded after it (ADR 0089 lists the streams and their seals).</param>
public sealed record DigestCheck(DigestRecord Record, string Recomputed, bool Matches);

/// <summary>防篡改校验: supervisors and admins verify the hash chain of one stream or of the whole store, and the daily digests (ADR 0086).</summary>
public static class IntegrityEndpoints
{
    public const string Route = "/api/audit/integrity";
    public const string ReaderRoles = $"{Roles.Supervisor},{Roles.Admin}";

    [WolverineGet(Route)]
    [Authorize(Roles = ReaderRoles)]
    [Tags("Audit")]
    [EndpointSummary("校验全部事件的哈希链 / Verify the hash chain of the whole event store")]
    [EndpointDescription("Recomputes every event's seal from the event as stored and its predecessor's seal. `intact`: every link holds; `broken`: the first broken link is named (stream, version, global sequence, expected vs found seal or version); `unsealed`: history older than the chain that `integrity seal` has not sealed yet. Reads every event: minutes on a large store.")]
    [ProducesResponseType<ChainReport>(StatusCodes.Status200OK)]
    public static Task<ChainReport> VerifyStore(EventChain chain, CancellationToken cancellation) => chain.VerifyStoreAsync(cancellation);

    [WolverineGet(Route + "/streams/{id}")]
    [Authorize(Roles = ReaderRoles)]
    [Tags("Audit")]
    [EndpointSummary("校验一个事件流的哈希链 / Verify the hash chain of one stream")]
    [EndpointDescription("As for the whole store, for one stream (any case). 404 when there is no such stream.")]
    [ProducesResponseType<ChainReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ChainReport> VerifyStream(Guid id, EventChain chain, CancellationToken cancellation) =>
        await chain.VerifyStreamAsync(id, cancellation) ?? throw new NotFoundException($"没有编号为 {id} 的事件流 / no stream with id {id}.");

    [WolverineGet(Route + "/digest")]
    [Authorize(Roles = ReaderRoles)]
    [Tags("Audit")]
    [EndpointSummary("当前摘要 / The store's digest now")]
    [EndpointDescription("SHA-256 over every stream's last seal (`streamId:version:seal` per line, in stream id order), up to `upToSequence` when given (to recompute a printed digest), else over every event once the appends in flight have committed or rolled back (so a recheck up to the returned `upToSequence` gives the same digest; 503 when some are still in flight after a minute). Printable: keep it outside the database.")]
    [ProducesResponseType<StoreDigest>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable)]
    public static Task<StoreDigest> Digest(long? upToSequence, EventChain chain, CancellationToken cancellation)
    {
        if (upToSequence is < 0) throw new DomainValidationException("upToSequence", "序号不能为负 / the sequence number cannot be negative.");
        return chain.DigestAsync(upToSequence, cancellation);
    }

    [WolverineGet(Route + "/digests")]
    [Authorize(Roles = ReaderRoles)]
    [Tags("Audit")]
    [EndpointSummary("每日摘要及复核 / The daily digests, each recomputed")]
    [EndpointDescription("The last 31 days' digests (recorded daily at 02:00 Beijing time, or by `integrity digest` at the command line), newest first, each recomputed over the same events: `matches` false means something it covers changed since.")]
    [ProducesResponseType<IReadOnlyList<DigestCheck>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<DigestCheck>> Digests(IQuerySession session, EventChain chain, CancellationToken cancellation)
    {
        var records = await session.Query<DigestRecord>().OrderByDescending(r => r.Id).Take(31).ToListAsync(cancellation);
        var checks = new List<DigestCheck>(records.Count);
        foreach (var record in records)
        {
            var now = await chain.DigestAsync(record.UpToSequence, cancellation);
            checks.Add(new DigestCheck(record, now.Digest, now.Digest == record.Digest));
        }
        return checks;
    }
}
