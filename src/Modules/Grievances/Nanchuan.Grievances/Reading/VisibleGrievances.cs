using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Reading;

/// <summary>
/// The list rows the current actor may read, optionally of one status: an enterprise its own, a department handler those
/// assigned to its department now, the BusinessOffice and supervisors all. Every filter is an indexed column (ADR 0131).
/// </summary>
internal static class VisibleGrievances
{
    public static IQueryable<GrievanceListItem> Query(IQuerySession session, GrievanceStatus? status)
    {
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
        return query;
    }

    /// <summary>Newest received first; the notes of a box batch share one received time, so the id decides between them.</summary>
    public static IQueryable<GrievanceListItem> NewestFirst(this IQueryable<GrievanceListItem> query) =>
        query.OrderByDescending(item => item.ReceivedAtUtc).ThenByDescending(item => item.Id);
}
