using System.Text.Json.Serialization;

namespace Nanchuan.Awards.Domain;

/// <summary>
/// 投票记录: the year's online vote as one stream (id derived from the year), opened with the shortlist when the preliminary ends
/// and closed when the finalists are selected. Each accepted vote is one <see cref="VoteCast"/> with its place in the log and a
/// hash chained to the one before. The snapshot holds the live tally; it is a projection of the log and is rebuilt from it.
/// </summary>
public sealed class VoteLog
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public int Year { get; set; }
    public Guid ContestId { get; set; }
    public List<Guid> Candidates { get; set; } = [];
    public ContestRules Rules { get; set; } = null!;
    public bool Open { get; set; }
    public long Votes { get; set; }
    public string LastHash { get; set; } = "";
    public Dictionary<Guid, int> Tally { get; set; } = [];
    public Dictionary<Guid, int> Flagged { get; set; } = [];

    /// <summary>Votes removed from the tally by a review (<see cref="BurstVoided"/>); they stay in the log.</summary>
    public Dictionary<Guid, int> Voided { get; set; } = [];

    /// <summary>
    /// Bursts reviewed so far: each review is one event of the log. The bursts themselves are documents of their own
    /// (<see cref="Burst"/>), so a vote never reads or rewrites them (ADR 0261).
    /// </summary>
    public int Reviews { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    internal static Guid IdOf(int year) => DerivedIds.FromName($"nanchuan:awards:votes:{year}");

    [JsonIgnore]
    public int FlaggedVotes => Flagged.Values.Sum();

    public static VoteLog Create(VoteLogOpened e) => new()
    {
        Id = e.VoteLogId, Year = e.Year, ContestId = e.ContestId, Candidates = [.. e.Candidates], Rules = e.Rules, Open = true, LastHash = e.GenesisHash,
        Tally = e.Candidates.ToDictionary(c => c, _ => 0), Flagged = e.Candidates.ToDictionary(c => c, _ => 0),
        Voided = e.Candidates.ToDictionary(c => c, _ => 0), OpenedAt = e.OpenedAt,
    };

    public void Apply(VoteCast e)
    {
        Votes = e.Position;
        LastHash = e.Hash;
        Tally[e.EntryId] = Tally.GetValueOrDefault(e.EntryId) + 1;
        if (e.Flagged) Flagged[e.EntryId] = Flagged.GetValueOrDefault(e.EntryId) + 1;
    }

    public void Apply(BurstConfirmed e) => Reviews++;

    public void Apply(BurstVoided e)
    {
        Reviews++;
        LastHash = e.Hash ?? LastHash;
        foreach (var entry in e.Votes.GroupBy(v => v.EntryId))
        {
            var votes = entry.Sum(v => v.Votes);
            Tally[entry.Key] -= votes;
            Flagged[entry.Key] -= votes;
            Voided[entry.Key] = Voided.GetValueOrDefault(entry.Key) + votes;
        }
    }

    public void Apply(VotingClosed e)
    {
        Open = false;
        ClosedAt = e.ClosedAt;
    }
}

/// <summary>The online vote opened on the shortlist; the chain starts from <paramref name="GenesisHash"/>.</summary>
public sealed record VoteLogOpened(Guid VoteLogId, Guid ContestId, int Year, IReadOnlyList<Guid> Candidates, ContestRules Rules, string GenesisHash, DateTimeOffset OpenedAt)
    : IDescribedEvent
{
    public string Describe() => $"{Year}年度网络票选开始，{Candidates.Count}个候选案例";
}

/// <summary>
/// A vote was accepted. <paramref name="VoterHash"/> is the keyed hash of the verified identity (never the phone number or
/// WeChat id); <paramref name="Commitment"/> stands for it in the public log, different for every vote of the same voter.
/// </summary>
/// <param name="Position">The vote's place in the year's log, from 1, without gaps.</param>
/// <param name="Day">The Beijing-time day the vote counts for (yyyy-MM-dd).</param>
/// <param name="SourceHash">The keyed hash of the network source the vote came from.</param>
/// <param name="Flagged">Part of a burst from one source (more than the rules allow in the window): counted, and listed for review.</param>
/// <param name="Hash">SHA-256 over the previous hash and this vote's public fields (<see cref="VoteChain"/>).</param>
public sealed record VoteCast(
    Guid VoteLogId, int Year, long Position, Guid EntryId, string VoterHash, string Day, DateTimeOffset CastAt, string SourceHash, DateTimeOffset SourceWindowStart,
    bool Flagged, string Commitment, string PreviousHash, string Hash) : IDescribedEvent
{
    public string Describe() => $"第{Position}票：投给案例{EntryId}" + (Flagged ? "（同一来源短时集中投票，待复核）" : "");
}

/// <summary>A burst's review (ADR 0071): awaiting it, its votes kept, or its votes removed from the tally.</summary>
public enum BurstReview
{
    Flagged,
    Confirmed,
    Voided,
}

/// <summary>
/// 集中投票: the flagged votes of one network source in one window (the votes beyond the burst limit), per candidate, and their
/// review. Votes arriving after the window ended start a new window, so a burst is complete once its window is over. A document
/// of its own, folded inline from the log (<c>BurstProjection</c>, ADR 0261).
/// </summary>
public sealed class Burst
{
    public string Id { get; set; } = "";
    public Guid VoteLogId { get; set; }

    /// <summary>
    /// Its place among the year's bursts in the order of their first flagged votes, from 1: given when the bursts are read
    /// (<see cref="NumberedInOrder"/>), as the order is the log's and never changes.
    /// </summary>
    public int Number { get; set; }
    public string SourceHash { get; set; } = "";
    public DateTimeOffset WindowStart { get; set; }
    public Dictionary<Guid, int> Votes { get; set; } = [];

    /// <summary>The position in the log of its first flagged vote: what orders and numbers the bursts.</summary>
    public long FirstFlaggedPosition { get; set; }
    public DateTimeOffset FirstFlaggedAt { get; set; }
    public DateTimeOffset LastFlaggedAt { get; set; }
    public BurstReview Review { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }

    [JsonIgnore]
    public int FlaggedVotes => Votes.Values.Sum();

    public static string KeyOf(Guid voteLogId, string sourceHash, DateTimeOffset windowStart) => $"{voteLogId:N}:{sourceHash}:{windowStart.UtcTicks}";

    /// <summary>A log's bursts, ordered and numbered.</summary>
    public static IReadOnlyList<Burst> NumberedInOrder(IEnumerable<Burst> bursts)
    {
        var ordered = bursts.OrderBy(b => b.FirstFlaggedPosition).ToList();
        for (var i = 0; i < ordered.Count; i++) ordered[i].Number = i + 1;
        return ordered;
    }
}

/// <summary>The BusinessOffice reviewed a burst and kept its votes: they stay counted.</summary>
public sealed record BurstConfirmed(Guid VoteLogId, int Year, int Number, string SourceHash, DateTimeOffset WindowStart, int Votes, string? Note, DateTimeOffset ConfirmedAt)
    : IDescribedEvent
{
    public string Describe() => $"集中投票第{Number}批（{Votes}票）经复核予以确认，继续计票";
}

/// <summary>
/// The BusinessOffice reviewed a burst and voided its votes: they stay in the log and leave the tally.
/// <paramref name="Positions"/> are the voided votes' places in the public log, so anyone's recount can leave out the same votes.
/// The void is itself a link of the log's hash chain (ADR 0126), after the vote at <paramref name="AfterPosition"/>; the three
/// link fields are null on voids stored before that, which were not links.
/// </summary>
public sealed record BurstVoided(
    Guid VoteLogId, int Year, int Number, string SourceHash, DateTimeOffset WindowStart, IReadOnlyList<long> Positions, IReadOnlyList<VoidedVotes> Votes, string Reason,
    DateTimeOffset VoidedAt, long? AfterPosition, string? PreviousHash, string? Hash) : IDescribedEvent
{
    public string Describe() => $"集中投票第{Number}批（{Positions.Count}票）经复核作废，不计票：{Reason}";
}

/// <summary>Voided votes of one candidate on one Beijing-time day (what the daily report subtracts).</summary>
public sealed record VoidedVotes(Guid EntryId, string Day, int Votes);

public sealed record VotingClosed(Guid VoteLogId, long Votes, string LastHash, DateTimeOffset ClosedAt) : IDescribedEvent
{
    public string Describe() => $"网络票选结束，共{Votes}票";
}
