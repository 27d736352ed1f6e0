namespace Nanchuan.Awards.Final;

/// <summary>Ranks the finalists on the panel's scores. <c>seed</c> settles a tie at the cut-off (left out, the server draws one).</summary>
public sealed record SelectListBody(string? Seed) : IOpenApiExample<SelectListBody>
{
    public static SelectListBody Example => new("2024决赛-公开抽签");
}

public static class SelectListEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/final-list")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("决赛评分汇总，确定拟入选名单 / Rank the finalists and select the list")]
    [EndpointDescription("Once every judge has scored every finalist they may score (409 listing what is missing otherwise): the mean of each finalist's scores (without the highest and lowest with 5 or more) ranks them; ties by the vote share, then the preliminary score, then an auditable draw. The list (10 by default) goes for approval.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(int year, SelectListBody body, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var seed = Seeds.Check(errors, body.Seed);
        errors.ThrowIfAny();
        var stream = await CaseStreams.LoadAsync<Contest>(session, Contest.IdOf(year), AwardsCases.ContestName, cancellation);
        var contest = stream.Aggregate!;
        contest.Require(ContestPhase.Final, "确定拟入选名单");
        ListDecision.EnsureScored(contest);
        return CaseStreams.Append(stream, ListDecision.Select(contest, seed, time.GetUtcNow()));
    }
}

/// <summary>The panel's ranking (spec default: trim the highest and lowest with at least 5 scores; ties by the vote).</summary>
internal static class ListDecision
{
    /// <summary>409 while the panel is missing or a judge has not scored a finalist they may score.</summary>
    public static void EnsureScored(Contest contest)
    {
        if (contest.Panel.Count == 0)
            throw new InvalidStateTransitionException("决赛阶段", "确定入选名单", "尚未组建评审团 / the panel is not appointed yet.");
        var missing = contest.MissingScores.ToList();
        if (missing.Count > 0)
            throw new InvalidStateTransitionException("决赛阶段", "确定入选名单",
                $"尚有{missing.Count}项评分未完成（如{missing[0].Judge.Name}对“{missing[0].Entry.Title}”） / {missing.Count} scores are missing: every judge must score every finalist they may score.");
    }

    public static ListSelected Select(Contest contest, string seed, DateTimeOffset now)
    {
        var standings = contest.Finalists.Select(id =>
        {
            var raw = contest.Scores.Where(s => s.EntryId == id).Select(s => s.Score).ToList();
            var counted = Trimmed(raw, contest.Rules.TrimFromJudges);
            var vote = contest.VoteStandings.First(v => v.EntryId == id);
            return new PanelStanding(id, raw, counted, counted.Count == 0 ? 0 : Math.Round(counted.Average(), 4), vote.VoteShare, vote.PreliminaryScore);
        }).ToList();
        var (selected, draw) = CutOff.Select("list", standings.Select(s => new Ranked(s.EntryId, [s.Mean, s.VoteShare, s.PreliminaryScore])).ToList(),
            contest.Rules.ListCount, seed);
        return new ListSelected(contest.Id, contest.Year, standings, selected, draw, now);
    }

    /// <summary>With at least <paramref name="trimFrom"/> scores, one highest and one lowest are dropped.</summary>
    public static IReadOnlyList<decimal> Trimmed(IReadOnlyList<decimal> raw, int trimFrom) =>
        raw.Count >= trimFrom ? raw.Order().Skip(1).SkipLast(1).ToList() : raw;
}
