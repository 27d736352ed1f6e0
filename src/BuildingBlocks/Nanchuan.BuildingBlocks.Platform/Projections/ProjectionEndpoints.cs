using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// 投影重建: after a projection's bug is fixed, the Admin rebuilds its read model or report table from the events, without
/// code or a console on the server (the command line has the same: `projections list`, `projections rebuild -p NAME`).
/// </summary>
public static class ProjectionEndpoints
{
    public const string Route = "/api/admin/projections";

    [WolverineGet(Route)]
    [Authorize(Roles = Roles.Admin)]
    [Tags("Admin")]
    [EndpointSummary("投影与报表表 / Projections and report tables")]
    [EndpointDescription("Every projection the events feed (case read models, lists and the SQL report tables), its lifecycle, and the state of its last rebuild started on this node: `idle`, `rebuilding` (who started it and when) or `failed` (with the error).")]
    [ProducesResponseType<IReadOnlyList<ProjectionStatus>>(StatusCodes.Status200OK)]
    public static IReadOnlyList<ProjectionStatus> List(ProjectionRebuilds rebuilds) => rebuilds.All();

    [WolverinePost(Route + "/{name}/rebuild")]
    [Authorize(Roles = Roles.Admin)]
    [Tags("Admin")]
    [EndpointSummary("重建投影 / Rebuild a projection")]
    [EndpointDescription("Empties the projection's documents or table and replays every event into it, in the background; follow it in the list. While it runs, the read model is incomplete (reads show fewer cases). 404 for an unknown name, 409 while a rebuild of it is running.")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static IResult Rebuild(string name, ProjectionRebuilds rebuilds)
    {
        rebuilds.Start(name, CurrentActor.Value);
        return Results.Accepted(Route);
    }
}
