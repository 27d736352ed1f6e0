using Microsoft.AspNetCore.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;

namespace Nanchuan.Awards.Publishing;

/// <summary>An entry as the public sees it: the case and its entrant (a unit, or an individual who entered in public), and its media.</summary>
public sealed record PublicEntry(Guid EntryId, string Title, string Summary, EntrantKind EntrantKind, string EntrantName, IReadOnlyList<MediaReference> Media);

/// <summary>A candidate of the online vote with its published vote count (flagged votes included, and shown apart; voided ones left out, and shown apart).</summary>
public sealed record PublicCandidate(PublicEntry Entry, int Votes, int FlaggedVotes, int VoidedVotes);

/// <summary>The contest's public page: the 20, the 15, the final list and the vote counts, as far as the contest has come.</summary>
public sealed record PublicContest(
    int Year, ContestPhase Phase, string PhaseName, IReadOnlyList<PublicCandidate> Shortlist, IReadOnlyList<PublicEntry> Finalists, IReadOnlyList<PublicEntry> List,
    long Votes, bool VotingOpen);

public static class PublicContestEndpoint
{
    [WolverineGet($"{AwardsModule.Route}/public/contests/{{year}}")]
    [AllowAnonymous]
    [EnableRateLimiting(PublicRateLimits.PublicPages)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("评选公示 / The contest's public page")]
    [EndpointDescription("Without sign-in: the shortlist of the online vote with the live vote counts, the finalists and the final list (once selected), best first. No voter, judge or score detail.")]
    [ProducesResponseType<PublicContest>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<PublicContest> Get(int year, IQuerySession session, CancellationToken cancellation)
    {
        var contest = await AwardsCases.LoadAsync(session, year, cancellation);
        var log = await session.LoadAsync<VoteLog>(VoteLog.IdOf(year), cancellation);
        PublicEntry Of(Guid id)
        {
            var e = contest.EntryOf(id)!;
            return new PublicEntry(e.EntryId, e.Title, e.Summary, e.EntrantKind, e.EntrantName, e.Media);
        }
        return new PublicContest(year, contest.Phase, contest.Phase.ToChinese(),
            contest.Shortlist.Select(id => new PublicCandidate(Of(id), log?.Tally.GetValueOrDefault(id) ?? 0, log?.Flagged.GetValueOrDefault(id) ?? 0,
                log?.Voided.GetValueOrDefault(id) ?? 0)).ToList(),
            contest.Finalists.Select(Of).ToList(), contest.Listed.Select(Of).ToList(), log?.Votes ?? 0, log?.Open == true);
    }
}
