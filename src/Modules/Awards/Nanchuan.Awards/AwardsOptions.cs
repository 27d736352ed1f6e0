namespace Nanchuan.Awards;

/// <summary>
/// Configuration section `Awards` (spec defaults). The contest numbers are copied into <see cref="Domain.ContestRules"/> when a
/// year opens; the rest applies to the platform as configured.
/// </summary>
public sealed class AwardsOptions
{
    public int PreliminaryCount { get; set; } = 20;
    public int FinalistCount { get; set; } = 15;
    public int ListCount { get; set; } = 10;
    public decimal VoteWeight { get; set; } = 0.5m;
    public int VotesPerCasePerDay { get; set; } = 1;
    public int CasesPerVoterPerDay { get; set; } = 5;
    public int TrimFromJudges { get; set; } = 5;
    public int BurstVotes { get; set; } = 20;
    public int BurstWindowSeconds { get; set; } = 60;

    /// <summary>Vote requests one voter may send a minute (the endpoint's rate-limiting policy; a refused one is a 429).</summary>
    public int VoteRequestsPerMinute { get; set; } = 30;

    /// <summary>
    /// The secret key of the voter and source hashes (HMAC-SHA256): without it a phone number's hash cannot be recomputed from
    /// the database alone. Required outside Development (ADR 0051).
    /// </summary>
    public string? VoterHashKey { get; set; }

    /// <summary>Why the platform refuses to start outside Development without <see cref="VoterHashKey"/> (checked at start-up, not at the first vote).</summary>
    internal const string MissingVoterHashKey =
        "Awards:VoterHashKey must be configured outside Development (env Awards__VoterHashKey): the online vote stores voters and sources only as HMAC-SHA256 hashes under this secret key (ADR 0051).";

    internal Domain.ContestRules Rules() => new(PreliminaryCount, FinalistCount, ListCount, VoteWeight, VotesPerCasePerDay, CasesPerVoterPerDay, TrimFromJudges,
        BurstVotes, BurstWindowSeconds);
}
