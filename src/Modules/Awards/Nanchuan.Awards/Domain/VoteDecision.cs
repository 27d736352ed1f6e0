namespace Nanchuan.Awards.Domain;

/// <summary>One vote as the endpoint hands it over: the entry, and the voter and the source as keyed hashes.</summary>
internal sealed record Ballot(Guid EntryId, string VoterHash, string SourceHash);

/// <summary>The answer to one ballot: the vote recorded, or why not (an exception the platform renders as 400 or 409).</summary>
internal sealed record BallotResult(VoteCast? Cast, Exception? Refusal);

/// <summary>
/// The vote's rules (spec defaults), decided for a batch of ballots in arrival order on the log as it stands: a candidate of
/// the shortlist; once per case per voter per Beijing-time day; at most so many cases per voter per day; a vote beyond the
/// burst limit of its source is counted and flagged, never dropped. Each accepted vote takes the next position and chains
/// its hash to the previous one.
/// </summary>
internal static class VoteDecision
{
    public static IReadOnlyList<BallotResult> Decide(
        VoteLog log, IReadOnlyDictionary<string, VoterDay> days, IReadOnlyDictionary<string, SourceWindow> windows, IReadOnlyList<Ballot> ballots, DateTimeOffset now)
    {
        var day = Beijing.DayOf(now).ToString("yyyy-MM-dd");
        var voted = days.ToDictionary(d => d.Key, d => d.Value.Entries.ToList());
        var sources = windows.ToDictionary(w => w.Key, w => (Start: (DateTimeOffset?)w.Value.Start, w.Value.Votes));
        var position = log.Votes;
        var previous = log.LastHash;
        var results = new List<BallotResult>(ballots.Count);
        foreach (var ballot in ballots)
        {
            if (!log.Candidates.Contains(ballot.EntryId))
            {
                results.Add(new BallotResult(null, new DomainValidationException("entryId",
                    $"该案例不是{log.Year}年度网络票选的候选案例 / the entry is not a candidate of the {log.Year} online vote.")));
                continue;
            }
            var dayKey = VoterDay.KeyOf(log.Id, ballot.VoterHash, day);
            var today = voted.GetValueOrDefault(dayKey) ?? [];
            if (today.Count(e => e == ballot.EntryId) >= log.Rules.VotesPerCasePerDay)
            {
                results.Add(new BallotResult(null, new InvalidStateTransitionException("今日已为该案例投票", "投票",
                    $"您今天（{day}）已为该案例投过票，明天可再投 / you have voted for this case today ({day}); you may vote for it again tomorrow.")));
                continue;
            }
            if (!today.Contains(ballot.EntryId) && today.Distinct().Count() >= log.Rules.CasesPerVoterPerDay)
            {
                results.Add(new BallotResult(null, new InvalidStateTransitionException($"今日已投{log.Rules.CasesPerVoterPerDay}个案例", "投票",
                    $"每人每天最多为{log.Rules.CasesPerVoterPerDay}个案例投票，今天（{day}）已投满 / at most {log.Rules.CasesPerVoterPerDay} cases a day; today ({day}) is used up.")));
                continue;
            }
            voted[dayKey] = [.. today, ballot.EntryId];
            var sourceKey = SourceWindow.KeyOf(log.Id, ballot.SourceHash);
            var window = sources.GetValueOrDefault(sourceKey);
            var next = SourceWindow.Next(window.Start, window.Votes, now, log.Rules.BurstWindowSeconds);
            sources[sourceKey] = (next.Start, next.Votes);
            var flagged = next.Votes > log.Rules.BurstVotes;

            position++;
            var commitment = VoteChain.Commitment(ballot.VoterHash, position);
            var hash = VoteChain.Hash(previous, position, ballot.EntryId, day, now, commitment, flagged);
            results.Add(new BallotResult(new VoteCast(log.Id, log.Year, position, ballot.EntryId, ballot.VoterHash, day, now, ballot.SourceHash, next.Start, flagged,
                commitment, previous, hash), null));
            previous = hash;
        }
        return results;
    }
}
