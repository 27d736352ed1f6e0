using Nanchuan.BuildingBlocks.Draws;

namespace Nanchuan.Utilities.Domain.Gas;

/// <summary>
/// 监督检查“全覆盖”: a random, auditable draw of gas connections for a price-compliance check. The event holds the
/// candidates, the seed and the algorithm, so anyone can replay <see cref="SpotCheckDraw.Select"/> and get the same sample.
/// </summary>
/// <param name="Candidates">Connections whose fee was issued in the quarter, in id order.</param>
/// <param name="Ratio">Share to check (at least 0.5); the sample is the ratio of the candidates rounded up.</param>
public sealed record GasSpotCheckDrawn(
    Guid DrawId,
    int Year,
    int Quarter,
    IReadOnlyList<Guid> Candidates,
    string Seed,
    string Algorithm,
    decimal Ratio,
    IReadOnlyList<Guid> Selected,
    DateTimeOffset DrawnAt) : IDescribedEvent
{
    public string Describe() => $"{Year}年第{Quarter}季度燃气报装价格抽查：{Candidates.Count}户中随机抽取{Selected.Count}户（种子{Seed}，算法{Algorithm}）";
}

/// <summary>
/// 不定期抽查: an unannounced draw, made at any time without notice, over one operator's connections whose fee was issued
/// since a given day — besides the regular quarterly draw. Candidates, seed and algorithm are recorded, so it replays too.
/// </summary>
public sealed record GasUnannouncedSpotCheckDrawn(
    Guid DrawId,
    string Operator,
    DateOnly Since,
    IReadOnlyList<Guid> Candidates,
    string Seed,
    string Algorithm,
    decimal Ratio,
    IReadOnlyList<Guid> Selected,
    DateTimeOffset DrawnAt) : IDescribedEvent
{
    public string Describe() => $"{Operator}燃气报装不定期抽查：{Since:yyyy-MM-dd}以来出具费用的{Candidates.Count}户中随机抽取{Selected.Count}户（种子{Seed}，算法{Algorithm}）";
}

/// <summary>The outcome of checking one drawn connection against the operator's published list, and which price authority checked it.</summary>
/// <param name="Department">The price authority that checked; absent in results recorded before the joint check (2026-12-04), all by 区经济信息委.</param>
public sealed record GasSpotCheckResultRecorded(Guid DrawId, Guid ConnectionId, bool Compliant, string Findings, DateTimeOffset CheckedAt, string? Department = null)
    : IDescribedEvent
{
    public string Describe() => $"抽查结果（{Department ?? "区经济信息委"}）：{(Compliant ? "合规" : "不合规")}，{Findings}";
}

/// <summary>定期 (the quarterly draw over ≥ 50 %) or 不定期 (an unannounced draw at any time).</summary>
public enum GasSpotCheckKind
{
    Regular,
    Unannounced,
}

internal static class SpotCheckDraw
{
    /// <summary>The algorithm's name as recorded in the event.</summary>
    public const string Algorithm = "sha256-rank-v1: rank candidates by SHA-256(UTF-8(seed + \":\" + id as lower-case 36-char GUID)) as hex, ascending; take the first ceil(n × ratio)";

    /// <summary>Default share of connections checked (不低于50%).</summary>
    public const decimal MinimumRatio = 0.5m;

    public static int SampleSize(int candidates, decimal ratio) => (int)Math.Ceiling(candidates * ratio);

    /// <summary>The platform's auditable draw (<see cref="AuditableDraw"/>, the same ranking) over the ids as lower-case GUIDs.</summary>
    public static IReadOnlyList<Guid> Select(IReadOnlyList<Guid> candidates, string seed, decimal ratio) =>
        AuditableDraw.Select(candidates.Select(id => id.ToString("D")), seed, SampleSize(candidates.Count, ratio)).Select(Guid.Parse).ToList();

    /// <summary>Calendar quarter (1–4) of a day.</summary>
    public static int QuarterOf(DateOnly day) => (day.Month - 1) / 3 + 1;
}

/// <summary>A spot-check draw and its results.</summary>
public sealed class GasSpotCheck
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public GasSpotCheckKind Kind { get; set; }

    /// <summary>The operator an unannounced draw is about; null for the quarterly draw (all operators).</summary>
    public string? Operator { get; set; }

    /// <summary>Year and quarter checked: the quarter drawn over, or for an unannounced draw the quarter it was made in.</summary>
    public int Year { get; set; }
    public int Quarter { get; set; }
    public List<Guid> Candidates { get; set; } = [];
    public string Seed { get; set; } = "";
    public string Algorithm { get; set; } = "";
    public decimal Ratio { get; set; }
    public List<Guid> Selected { get; set; } = [];
    public DateTimeOffset DrawnAt { get; set; }
    public Dictionary<Guid, GasSpotCheckResultRecorded> Results { get; set; } = [];

    public static GasSpotCheck Create(GasSpotCheckDrawn e) => new()
    {
        Id = e.DrawId, Year = e.Year, Quarter = e.Quarter, Candidates = [.. e.Candidates], Seed = e.Seed, Algorithm = e.Algorithm,
        Ratio = e.Ratio, Selected = [.. e.Selected], DrawnAt = e.DrawnAt,
    };

    public static GasSpotCheck Create(GasUnannouncedSpotCheckDrawn e)
    {
        var day = DateOnly.FromDateTime(e.DrawnAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        return new()
        {
            Id = e.DrawId, Kind = GasSpotCheckKind.Unannounced, Operator = e.Operator, Year = day.Year, Quarter = SpotCheckDraw.QuarterOf(day),
            Candidates = [.. e.Candidates], Seed = e.Seed, Algorithm = e.Algorithm, Ratio = e.Ratio, Selected = [.. e.Selected], DrawnAt = e.DrawnAt,
        };
    }

    public void Apply(GasSpotCheckResultRecorded e) => Results[e.ConnectionId] = e;
}
