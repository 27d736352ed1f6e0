using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.BuildingBlocks.Platform.Security;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Audit;

public static class AccessRefusalEndpoints
{
    [WolverineGet("/api/audit/refusals")]
    [Authorize(Roles = $"{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Audit")]
    [EndpointSummary("拒绝访问记录 / Refused accesses")]
    [EndpointDescription("Every 403 the platform answered, newest first: when, who (id, role, department), what (method and path) and why. Optional `from`/`to` (ISO 8601 with offset); a page is `limit` (1–500, default 100) rows from `offset` (default 0) in a stable order (time, then id), so a supervisor can read the whole log page by page.")]
    [ProducesResponseType<IReadOnlyList<AccessRefusal>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<AccessRefusal>> Get(
        DateTimeOffset? from, DateTimeOffset? to, int? limit, int? offset, IQuerySession session, CancellationToken cancellation)
    {
        var take = ListLimit.Resolve(limit, byDefault: 100);
        var skip = ListOffset.Resolve(offset);
        var query = session.Query<AccessRefusal>().AsQueryable();
        if (from is not null) query = query.Where(r => r.At >= from.Value);
        if (to is not null) query = query.Where(r => r.At < to.Value);
        return await query.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellation);
    }
}
