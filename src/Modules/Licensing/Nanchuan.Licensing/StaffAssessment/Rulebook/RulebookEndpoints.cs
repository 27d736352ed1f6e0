using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.Licensing.StaffAssessment.Rulebook;

/// <summary>
/// The assessment's rules (考核细则) as data (ADR 0114): every signed-in user reads them, as they stand now or at any past moment;
/// the hall's management (Admin, BusinessOffice) adopts, amends and retires them, each change an event naming who and when.
/// </summary>
public static class RulebookEndpoints
{
    private const string Route = "/api/licensing/staff/rules";
    private const string Management = $"{Roles.Admin},{Roles.BusinessOffice}";
    private static readonly CaseName Name = new("考核细则", "assessment rulebook");

    [WolverineGet(Route)]
    [Authorize(Roles = Roles.AllButPublic)]
    [Tags("Licensing")]
    [EndpointSummary("考核细则（十要十不、服务要求） / The staff assessment's rules")]
    [EndpointDescription("The rules in force now, or at `at` (ISO 8601 with offset): code, wording, list (tenDos 十要, tenDonts 十不, serviceRequirement 服务要求), points per breach, revision, since when, set by whom; and per list how many items seed 000 names and how many the list states.")]
    public static async Task<RulebookView> Get(DateTimeOffset? at, IQuerySession session, TimeProvider clock, CancellationToken cancellation)
    {
        var book = await session.LoadAsync<AssessmentRulebook>(AssessmentRulebook.StreamId, cancellation) ?? throw Name.NotFound(AssessmentRulebook.StreamId);
        return RulebookDecisions.View(book, at ?? clock.GetUtcNow());
    }

    [WolverinePost(Route)]
    [Authorize(Roles = Management)]
    [Tags("Licensing")]
    [EndpointSummary("新增考核细则 / Adopt an assessment rule")]
    [EndpointDescription("In force from now. A code is never reused (409); 十要 and 十不 hold at most 10 rules in force each (409).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Adopt(AdoptAssessmentRule command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<AssessmentRulebook>(session, AssessmentRulebook.StreamId, Name, cancellation);
        return CaseStreams.Append(stream, RulebookDecisions.Adopt(stream.Aggregate!, command, CurrentActor.Value, clock.GetUtcNow()));
    }

    [WolverinePost($"{Route}/{{code}}/amendment")]
    [Authorize(Roles = Management)]
    [Tags("Licensing")]
    [EndpointSummary("修订考核细则 / Amend an assessment rule")]
    [EndpointDescription("New wording and points from now, with the reason; deductions recorded before keep the revision they quoted. A retired rule is a 409.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Amend(string code, AmendAssessmentRule command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<AssessmentRulebook>(session, AssessmentRulebook.StreamId, Name, cancellation);
        return CaseStreams.Append(stream, RulebookDecisions.Amend(stream.Aggregate!, code, command, CurrentActor.Value, clock.GetUtcNow()));
    }

    [WolverinePost($"{Route}/{{code}}/retirement")]
    [Authorize(Roles = Management)]
    [Tags("Licensing")]
    [EndpointSummary("废止考核细则 / Retire an assessment rule")]
    [EndpointDescription("From now no deduction can quote it; its code is not reused.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Retire(string code, RetireAssessmentRule command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<AssessmentRulebook>(session, AssessmentRulebook.StreamId, Name, cancellation);
        return CaseStreams.Append(stream, RulebookDecisions.Retire(stream.Aggregate!, code, command, CurrentActor.Value, clock.GetUtcNow()));
    }
}
