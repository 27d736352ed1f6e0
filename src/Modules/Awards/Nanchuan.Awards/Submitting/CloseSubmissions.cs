namespace Nanchuan.Awards.Submitting;

public static class CloseSubmissionsEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/submissions/close")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("申报截止 / Close submissions")]
    [EndpointDescription("Ends the submission phase; the preliminary begins. 409 naming the phase outside the submission phase.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(int year, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<Contest>(session, Contest.IdOf(year), AwardsCases.ContestName, cancellation);
        stream.Aggregate!.Require(ContestPhase.Submission, "申报截止");
        return CaseStreams.Append(stream, new SubmissionsClosed(stream.Id, stream.Aggregate!.Entries.Count, time.GetUtcNow()));
    }
}
