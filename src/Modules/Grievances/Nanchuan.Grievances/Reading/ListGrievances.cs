using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Reading;

public static class ListGrievancesEndpoint
{
    [WolverineGet(GrievancesModule.Route)]
    [Authorize(Roles = GrievanceAccess.Readers)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("企业诉求列表 / List enterprise requests")]
    [EndpointDescription("Newest first, filtered by role: an enterprise gets its own requests, a department handler those currently assigned to its department, the BusinessOffice and supervisors all. Optional `status` filter. Paging, counted after the filter: `limit` requests (1 to 500, default 100) from `offset` (0 or more, default 0) in a stable order, newest received first and then by id, so `offset=0`, `100`, `200`… with `limit=100` give every request exactly once. A page far from the start costs time in proportion to its offset: `GET /api/grievances/pages` pages by cursor at the same cost on every page (ADR 0131).")]
    [ProducesResponseType<IReadOnlyList<GrievanceListItem>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<GrievanceListItem>> Get(GrievanceStatus? status, int? limit, int? offset, IQuerySession session, CancellationToken cancellation)
    {
        var take = ListLimit.Resolve(limit, byDefault: 100);
        var skip = ListOffset.Resolve(offset);
        var page = await VisibleGrievances.Query(session, status).NewestFirst().Skip(skip).Take(take).ToListAsync(cancellation);
        return page.Select(GrievanceListItem.Of).ToList();
    }
}
