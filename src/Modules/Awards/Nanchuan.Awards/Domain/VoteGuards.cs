namespace Nanchuan.Awards.Domain;

/// <summary>
/// One voter's votes of one Beijing-time day (id: log, voter hash, day): what the once-per-case and cases-per-day limits are
/// checked against. A projection of <see cref="VoteCast"/>, rebuilt from the log like the tally.
/// </summary>
public sealed class VoterDay
{
    public string Id { get; set; } = "";
    public List<Guid> Entries { get; set; } = [];

    public static string KeyOf(Guid voteLogId, string voterHash, string day) => $"{voteLogId:N}:{voterHash}:{day}";
}

/// <summary>
/// The votes of one network source in its current window (id: log, source hash): a fixed window opened by the first vote after
/// the previous one ended. Votes beyond the rules' number within it are flagged (ADR 0051).
/// </summary>
public sealed class SourceWindow
{
    public string Id { get; set; } = "";
    public DateTimeOffset Start { get; set; }
    public int Votes { get; set; }

    public static string KeyOf(Guid voteLogId, string sourceHash) => $"{voteLogId:N}:{sourceHash}";

    /// <summary>The window after one more vote at <paramref name="at"/>.</summary>
    public static (DateTimeOffset Start, int Votes) Next(DateTimeOffset? start, int votes, DateTimeOffset at, int windowSeconds) =>
        start is { } s && at < s.AddSeconds(windowSeconds) ? (s, votes + 1) : (at, 1);
}
