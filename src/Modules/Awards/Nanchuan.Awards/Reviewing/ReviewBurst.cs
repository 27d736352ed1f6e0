namespace Nanchuan.Awards.Reviewing;

/// <summary>The review of a flagged burst: confirm (its votes stay counted) or void (removed from the tally; the reason is required).</summary>
public sealed record ReviewBurstBody(BurstDecision? Decision, string? Reason) : IOpenApiExample<ReviewBurstBody>
{
    public static ReviewBurstBody Example => new(BurstDecision.Void, "同一来源一分钟内为同一案例集中投票，经核实为刷票");
}

public static class ReviewBurstEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/bursts/{{number}}/review")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("复核集中投票 / Review a flagged burst")]
    [EndpointDescription("The BusinessOffice confirms a burst (its votes stay counted) or voids it with a reason: its votes stay in the log and leave the tally, and the public recount shows them as voided. Only during the online vote, after the burst's window has ended, once per burst (else 409).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(int year, int number, ReviewBurstBody body, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var decision = errors.Required("decision", body.Decision, "复核结论", "the decision (confirm or void)");
        var reason = string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim();
        errors.If(decision == BurstDecision.Void && reason is null, "reason", "作废集中投票须说明理由 / voiding a burst needs a reason.");
        errors.ThrowIfAny();

        var contest = await AwardsCases.LoadAsync(session, year, cancellation);
        contest.Require(ContestPhase.OnlineVote, "复核集中投票");
        // Exclusive, like the vote writer and the close: the tally a review changes is never written by two at once.
        var stream = await session.Events.FetchForExclusiveWriting<VoteLog>(VoteLog.IdOf(year), cancellation);
        var log = stream.Aggregate!;
        var bursts = await ListBurstsEndpoint.NumberedAsync(session, log.Id, cancellation);
        var burst = number >= 1 && number <= bursts.Count ? bursts[number - 1]
            : throw new NotFoundException($"{year}年度没有第{number}批集中投票 / there is no burst {number} in the {year} vote.");
        var flagged = decision == BurstDecision.Void ? await FlaggedVotesAsync(session, log, burst, cancellation) : [];
        return CaseStreams.Append(stream, BurstReviewDecision.Decide(log, burst, decision, reason, flagged, time.GetUtcNow()));
    }

    /// <summary>The burst's flagged votes, from the log itself (the snapshot keeps only their counts).</summary>
    private static async Task<IReadOnlyList<VoteCast>> FlaggedVotesAsync(IQuerySession session, VoteLog log, Burst burst, CancellationToken cancellation)
    {
        var source = await session.Events.QueryRawEventDataOnly<VoteCast>()
            .Where(v => v.VoteLogId == log.Id && v.SourceHash == burst.SourceHash && v.Flagged).ToListAsync(cancellation);
        return source.Where(v => v.SourceWindowStart == burst.WindowStart).ToList();
    }
}
