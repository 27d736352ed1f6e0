using Nanchuan.BuildingBlocks.Draws;

namespace Nanchuan.Procurement.Awarding;

/// <summary>A panel member of a competitive selection, with the bidders it is linked to (it may not score those).</summary>
public sealed record PanelMemberBody(string? Id, string? Name, IReadOnlyList<string>? LinkedCreditCodes);

/// <summary>One member's score (0–100) of one registered bidder.</summary>
public sealed record PanelScoreBody(string? MemberId, string? CreditCode, decimal? Score);

/// <summary>
/// The award. <c>seed</c> may be given (a draw in public with a witness); left out, the server draws one; either way it is
/// recorded. <c>panel</c> and <c>scores</c> are required for a competitive selection and refused otherwise.
/// </summary>
public sealed record AwardProjectBody(string? Seed, IReadOnlyList<PanelMemberBody>? Panel, IReadOnlyList<PanelScoreBody>? Scores) : IOpenApiExample<AwardProjectBody>
{
    public static AwardProjectBody Example => new("2025-05-12 公开抽取", null, null);
}

public static class AwardProjectEndpoint
{
    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/award")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("定标 / Award the project")]
    [EndpointDescription("The owner awards after registration closed, by the project's method: random draw — one registered bidder by an auditable draw; price comparison — the lowest valid quote (a quote above the project value is not valid), ties by an auditable draw; competitive selection — the panel's scores, highest total, ties by an auditable draw; a member may not score a bidder it is linked to (400). The event records the draw's candidates, seed and algorithm (replay: POST /api/procurement/draw-replays). Before registration closes, with no bidder or no valid quote, or in another state: 409 naming the state.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, AwardProjectBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<WorksProject>(session, id, ProcurementCases.ProjectName, cancellation);
        ProcurementAccess.EnsureOwner(CurrentActor.Value, stream.Aggregate!);
        var seed = string.IsNullOrWhiteSpace(request.Seed) ? AuditableDraw.NewSeed() : request.Seed.Trim();
        return CaseStreams.Append(stream, AwardDecision.Award(stream.Aggregate!, request, seed, time.GetUtcNow()));
    }
}
