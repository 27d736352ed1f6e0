using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.Grievances.Reading;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Slip;

public static class GetAssignmentSlipEndpoint
{
    [WolverineGet($"{GrievancesModule.Route}/{{id}}/slip")]
    [Authorize(Roles = GrievanceAccess.Readers)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("打印交办单 / Printable assignment slip")]
    [EndpointDescription("The seed's 企业诉求交办单 as an HTML page for printing: number, issuer, assignment date, enterprise, contact, content, problem type and time limit ticked, handling unit, the unit's handling report, the BusinessOffice's closing decision and the notes. `round` picks a handling round (default: the latest). Same access rules as the request itself.")]
    [Produces("text/html")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid id, int? round, CaseSnapshots snapshots, IQuerySession session, CancellationToken cancellation)
    {
        var grievance = await GetGrievanceEndpoint.LoadVisibleAsync(snapshots, id, cancellation);
        var chosen = round is { } number
            ? grievance.Rounds.SingleOrDefault(r => r.Round == number)
              ?? throw new NotFoundException($"该诉求没有第{number}轮交办 / the request has no round {number}.")
            : grievance.CurrentRound ?? throw new NotFoundException("该诉求尚未交办，没有交办单 / the request is not assigned yet, so it has no slip.");

        var events = (await session.Events.FetchStreamAsync(id, token: cancellation)).Select(e => e.Data).ToList();
        T? OfRound<T>(Func<T, int> roundOf) where T : class => events.OfType<T>().LastOrDefault(e => roundOf(e) == chosen.Round);
        var slip = new AssignmentSlipData(
            grievance,
            chosen,
            OfRound<HandlingReported>(e => e.Round),
            OfRound<GrievanceEvaluated>(e => e.Round),
            OfRound<TrackingContinued>(e => e.Round),
            OfRound<GrievanceClosed>(e => e.Round));
        return Results.Content(AssignmentSlipHtml.Render(slip), "text/html; charset=utf-8");
    }
}
