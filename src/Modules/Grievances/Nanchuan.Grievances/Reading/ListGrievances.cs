using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Reading;

public static class ListGrievancesEndpoint
{
    [WolverineGet(GrievancesModule.Route)]
    [Authorize(Roles = GrievanceAccess.Readers)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("企业诉求列表 / List enterprise requests")]
    [EndpointDescription("Newest first, filtered by role: an enterprise gets its own requests, a department handler those currently assigned to its department, the BusinessOffice and supervisors all. Optional `status` filter. Paging, counted after the filter: `limit` requests (1 to 500, default 100) from `offset` (0 or more, default 0) in a stable order, newest received first and then by id, so `offset=0`, `100`, `200`… with `limit=100` give every request exactly once.")]
    [ProducesResponseType<IReadOnlyList<GrievanceListItem>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<GrievanceListItem>> Get(GrievanceStatus? status, int? limit, int? offset, IQuerySession session, CancellationToken cancellation)
    {
        var take = ListLimit.Resolve(limit, byDefault: 100);
        var skip = ListOffset.Resolve(offset);

        var actor = CurrentActor.Value;
        var query = session.Query<GrievanceListItem>().AsQueryable();
        if (!GrievanceAccess.ReadsEverything(actor))
        {
            if (actor.Role == Roles.Enterprise)
            {
                var own = actor.CreditCode?.ToUpperInvariant() ?? "";
                query = query.Where(item => item.CreditCode == own);
            }
            else if (actor.Role == Roles.DepartmentHandler)
            {
                var department = actor.DepartmentId ?? "";
                query = query.Where(item => item.HandlingUnitId == department);
            }
            else
            {
                throw new AccessDeniedException($"角色“{actor.Role}”无权查阅企业诉求 / the role {actor.Role} may not read enterprise requests.");
            }
        }
        if (status is { } wanted) query = query.Where(item => item.Status == wanted);
        // The notes of a box batch share one received time: the id decides between them, or pages could repeat or skip some.
        return await query.OrderByDescending(item => item.ReceivedAt).ThenByDescending(item => item.Id).Skip(skip).Take(take).ToListAsync(cancellation);
    }
}
