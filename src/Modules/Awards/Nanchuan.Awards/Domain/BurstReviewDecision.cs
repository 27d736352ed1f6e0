namespace Nanchuan.Awards.Domain;

/// <summary>What the BusinessOffice decides about a flagged burst.</summary>
public enum BurstDecision
{
    Confirm,
    Void,
}

/// <summary>
/// The review of a flagged burst (ADR 0071): only while the vote is open (the finalists are selected on the tally at the close),
/// only once its window is over (so it holds every vote it will ever have), once. Voiding names its votes' positions.
/// </summary>
internal static class BurstReviewDecision
{
    public static IDescribedEvent Decide(VoteLog log, Burst burst, BurstDecision decision, string? reason, IReadOnlyList<VoteCast> flaggedVotes, DateTimeOffset now)
    {
        if (burst.Review != BurstReview.Flagged)
            throw new InvalidStateTransitionException(burst.Review == BurstReview.Confirmed ? "已确认" : "已作废", "复核集中投票",
                $"集中投票第{burst.Number}批已于{Beijing.Format(burst.ReviewedAt!.Value)}复核 / burst {burst.Number} was already reviewed.");
        var windowEnds = burst.WindowStart.AddSeconds(log.Rules.BurstWindowSeconds);
        if (now < windowEnds)
            throw new InvalidStateTransitionException("时间窗未结束", "复核集中投票",
                $"集中投票第{burst.Number}批的时间窗至{Beijing.Format(windowEnds)}结束，结束后才能复核 / burst {burst.Number}'s window ends at {windowEnds:u}; review it after that.");
        if (decision == BurstDecision.Confirm)
            return new BurstConfirmed(log.Id, log.Year, burst.Number, burst.SourceHash, burst.WindowStart, burst.FlaggedVotes, reason, now);
        var votes = flaggedVotes.GroupBy(v => (v.EntryId, v.Day)).Select(g => new VoidedVotes(g.Key.EntryId, g.Key.Day, g.Count())).ToList();
        long[] positions = [.. flaggedVotes.Select(v => v.Position).Order()];
        var hash = VoteChain.VoidHash(log.LastHash, log.Votes, burst.Number, positions, reason!, now);
        return new BurstVoided(log.Id, log.Year, burst.Number, burst.SourceHash, burst.WindowStart, positions, votes, reason!, now, log.Votes, log.LastHash, hash);
    }
}
