namespace Nanchuan.Awards.Final;

public sealed record ScoreFinalistBody(decimal? Score) : IOpenApiExample<ScoreFinalistBody>
{
    public static ScoreFinalistBody Example => new(88.5m);
}

public static class ScoreFinalistEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/entries/{{entryId}}/scores")]
    [Authorize(Roles = Roles.AllButPublic)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("评委评分 / A judge scores a finalist")]
    [EndpointDescription("A judge of the panel scores a finalist 0–100, once, during the final. Not a judge, or a judge of the entrant's own unit (conflict of interest): 403.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(int year, Guid entryId, ScoreFinalistBody body, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        if (body.Score is not (>= 0 and <= 100) || decimal.Round(body.Score.Value, 1) != body.Score.Value)
            throw new DomainValidationException("score", "评分应为0至100，最多一位小数 / the score is 0 to 100 with at most one decimal.");
        var stream = await CaseStreams.LoadAsync<Contest>(session, Contest.IdOf(year), AwardsCases.ContestName, cancellation);
        var contest = stream.Aggregate!;
        var entry = contest.EntryOf(entryId) ?? throw AwardsCases.EntryName.NotFound(entryId);
        contest.Require(ContestPhase.Final, "评委评分");
        var judge = AwardsAccess.EnsureMayScore(CurrentActor.Value, contest, entry);
        if (!contest.Finalists.Contains(entryId))
            throw new InvalidStateTransitionException("未进入决赛", "评委评分", $"“{entry.Title}”未进入决赛，不评分 / this entry is not a finalist.");
        if (contest.Scores.Any(s => s.JudgeId == judge.JudgeId && s.EntryId == entryId))
            throw new InvalidStateTransitionException("已评分", "评委评分", $"您已为“{entry.Title}”评分 / you have scored this finalist already.");
        return CaseStreams.Append(stream, new PanelScoreRecorded(contest.Id, year, judge.JudgeId, entryId, body.Score.Value, time.GetUtcNow()));
    }
}
