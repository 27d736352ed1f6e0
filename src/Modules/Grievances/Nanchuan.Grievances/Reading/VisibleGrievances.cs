using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Reading;

/// <summary>
/// The requests the current actor may list, optionally of one status: an enterprise its own, a department handler those
/// assigned to its department now, the BusinessOffice and supervisors all. Every filter is an indexed column of the
/// snapshot (ADRs 0131, 0200); the endpoints map what they read to <see cref="GrievanceListItem"/>.
/// </summary>
internal static class VisibleGrievances
{
    public static IQueryable<Grievance> Query(IQuerySession session, GrievanceStatus? status)
    {
        var actor = CurrentActor.Value;
        var query = session.Query<Grievance>().AsQueryable();
        if (!GrievanceAccess.ReadsEverything(actor))
        {
            if (actor.Role == Roles.Enterprise)
            {
                var own = actor.CreditCode?.ToUpperInvariant() ?? "";
                query = query.Where(grievance => grievance.CreditCodeText == own);
            }
            else if (actor.Role == Roles.DepartmentHandler)
            {
                var department = actor.DepartmentId ?? "";
                query = query.Where(grievance => grievance.HandlingUnitId == department);
            }
            else
            {
                throw new AccessDeniedException($"角色“{actor.Role}”无权查阅企业诉求 / the role {actor.Role} may not read enterprise requests.");
            }
        }
        if (status is { } wanted) query = query.Where(grievance => grievance.Status == wanted);
        return query;
    }

    /// <summary>Newest received first; the notes of a box batch share one received time, so the id decides between them.</summary>
    public static IQueryable<Grievance> NewestFirst(this IQueryable<Grievance> query) =>
        query.OrderByDescending(grievance => grievance.ReceivedAtUtc).ThenByDescending(grievance => grievance.Id);
}
