namespace Nanchuan.Awards.Voting;

/// <summary>Closes the online vote. <c>seed</c> settles a tie at the cut-off (left out, the server draws one); it is recorded.</summary>
public sealed record CloseVotingBody(string? Seed) : IOpenApiExample<CloseVotingBody>
{
    public static CloseVotingBody Example => new("2024票选-公开抽签");
}

public static class CloseVotingEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/voting/close")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("网络票选结束，确定决赛案例 / Close the vote and select the finalists")]
    [EndpointDescription("Closes the vote log (waiting for votes being written) and selects the finalists (15 by default) on the combined score: vote weight × vote score (100 × votes / the most votes) + the rest × preliminary score. Ties: preliminary score, vote share, then an auditable draw.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(int year, CloseVotingBody body, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var seed = Seeds.Check(errors, body.Seed);
        errors.ThrowIfAny();
        var stream = await CaseStreams.LoadAsync<Contest>(session, Contest.IdOf(year), AwardsCases.ContestName, cancellation);
        stream.Aggregate!.Require(ContestPhase.OnlineVote, "结束网络票选");
        // Exclusive: a batch of votes being written finishes first, and none is written after the close.
        var log = await session.Events.FetchForExclusiveWriting<VoteLog>(VoteLog.IdOf(year), cancellation);
        var now = time.GetUtcNow();
        log.AppendOne(new VotingClosed(log.Id, log.Aggregate!.Votes, log.Aggregate.LastHash, now));
        return CaseStreams.Append(stream, FinalistDecision.Select(stream.Aggregate!, log.Aggregate, seed, now));
    }
}

/// <summary>The finalists' cut-off on the combined score (spec default 50/50; ADR 0050).</summary>
internal static class FinalistDecision
{
    public static FinalistsSelected Select(Contest contest, VoteLog log, string seed, DateTimeOffset now)
    {
        var total = log.Tally.Values.Sum();
        var most = log.Tally.Values.DefaultIfEmpty(0).Max();
        var weight = contest.Rules.VoteWeight;
        var standings = contest.Shortlist.Select(id =>
        {
            var votes = log.Tally.GetValueOrDefault(id);
            var preliminary = contest.Assessments.First(a => a.EntryId == id).Score;
            var share = total == 0 ? 0 : Math.Round((decimal)votes / total, 6);
            var score = most == 0 ? 0 : Math.Round(100m * votes / most, 4);
            return new VoteStanding(id, votes, log.Flagged.GetValueOrDefault(id), share, score, preliminary, Math.Round(weight * score + (1 - weight) * preliminary, 4));
        }).ToList();
        var (selected, draw) = CutOff.Select("final", standings.Select(s => new Ranked(s.EntryId, [s.Combined, s.PreliminaryScore, s.VoteShare])).ToList(),
            contest.Rules.FinalistCount, seed);
        return new FinalistsSelected(contest.Id, standings, total, log.LastHash, selected, draw, now);
    }
}
