using System.ComponentModel.DataAnnotations;

namespace Nanchuan.Awards;

/// <summary>
/// Configuration section `Awards` (spec defaults). The contest numbers are copied into <see cref="Domain.ContestRules"/> when a
/// year opens; the rest applies to the platform as configured. Each value is checked at start-up (ADR 0149).
/// </summary>
public sealed class AwardsOptions : IValidatableObject
{
    [Range(1, 1000)]
    public int PreliminaryCount { get; set; } = 20;
    [Range(1, 1000)]
    public int FinalistCount { get; set; } = 15;
    [Range(1, 1000)]
    public int ListCount { get; set; } = 10;
    [Range(typeof(decimal), "0", "1")]
    public decimal VoteWeight { get; set; } = 0.5m;
    [Range(1, 100)]
    public int VotesPerCasePerDay { get; set; } = 1;
    [Range(1, 1000)]
    public int CasesPerVoterPerDay { get; set; } = 5;
    [Range(3, 1000)]
    public int TrimFromJudges { get; set; } = 5;
    [Range(1, 1_000_000)]
    public int BurstVotes { get; set; } = 20;
    [Range(1, 86_400)]
    public int BurstWindowSeconds { get; set; } = 60;

    /// <summary>Vote requests one voter may send a minute (the endpoint's rate-limiting policy; a refused one is a 429).</summary>
    [Range(1, 1_000_000)]
    public int VoteRequestsPerMinute { get; set; } = 30;

    /// <summary>
    /// The secret key of the voter and source hashes (HMAC-SHA256): without it a phone number's hash cannot be recomputed from
    /// the database alone. Required outside Development (ADR 0051).
    /// </summary>
    public string? VoterHashKey { get; set; }

    /// <summary>Why the platform refuses to start outside Development without <see cref="VoterHashKey"/> (checked at start-up, not at the first vote).</summary>
    internal const string MissingVoterHashKey =
        "Awards:VoterHashKey must be configured outside Development (env Awards__VoterHashKey): the online vote stores voters and sources only as HMAC-SHA256 hashes under this secret key (ADR 0051).";

    /// <summary>Each phase narrows the field: the final list comes from the finalists, who come from the preliminary's.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FinalistCount > PreliminaryCount)
            yield return new ValidationResult($"FinalistCount ({FinalistCount}) must not exceed PreliminaryCount ({PreliminaryCount}) / 网络投票入围数不得多于初评入围数", [nameof(FinalistCount)]);
        if (ListCount > FinalistCount)
            yield return new ValidationResult($"ListCount ({ListCount}) must not exceed FinalistCount ({FinalistCount}) / 最终名单数不得多于终评入围数", [nameof(ListCount)]);
    }

    internal Domain.ContestRules Rules() => new(PreliminaryCount, FinalistCount, ListCount, VoteWeight, VotesPerCasePerDay, CasesPerVoterPerDay, TrimFromJudges,
        BurstVotes, BurstWindowSeconds);
}
