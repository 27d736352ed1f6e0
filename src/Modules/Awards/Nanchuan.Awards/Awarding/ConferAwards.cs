using Nanchuan.Awards.Contracts;

namespace Nanchuan.Awards.Awarding;

/// <summary>The occasion the listed cases were honoured at.</summary>
public sealed record ConferAwardsBody(string? Occasion) : IOpenApiExample<ConferAwardsBody>
{
    public static ConferAwardsBody Example => new("2025年南川区优化营商环境大会");
}

public static class ConferAwardsEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/award")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("表彰奖励 / Record the award")]
    [EndpointDescription("After both approvals, in the first quarter of the next year (Beijing time; 409 otherwise): the listed cases were honoured at the district business-environment conference. Closes the contest year.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        int year, ConferAwardsBody body, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(body.Occasion)) throw new DomainValidationException("occasion", "请填写表彰会议名称 / the occasion is required.");
        var stream = await CaseStreams.LoadAsync<Contest>(session, Contest.IdOf(year), AwardsCases.ContestName, cancellation);
        var contest = stream.Aggregate!;
        contest.Require(ContestPhase.Award, "表彰奖励");
        var now = time.GetUtcNow();
        var local = now.ToOffset(Beijing.Offset);
        if (local.Year != year + 1 || local.Month > 3)
            throw new InvalidStateTransitionException("表彰奖励阶段", "表彰奖励",
                $"{year}年度入选案例在{year + 1}年第一季度表彰，当前为{local:yyyy-MM-dd} / the {year} cases are honoured in the first quarter of {year + 1}; it is {local:yyyy-MM-dd}.");
        var conferred = new AwardsConferred(contest.Id, year, contest.Listed, body.Occasion.Trim(), now);
        var answer = CaseStreams.Append(stream, conferred);
        var awarded = new BestCasesAwarded(year, contest.Listed.Select((id, i) =>
        {
            var entry = contest.EntryOf(id)!;
            return new AwardedCase(id, i + 1, entry.Title, entry.EntrantName, entry.Unit);
        }).ToList(), now);
        return (answer, new OutgoingMessages { AwardsCases.Closed(contest, now), awarded });
    }
}
