namespace Nanchuan.Procurement.Domain;

/// <summary>How a method decides the contractor.</summary>
public enum AwardRule
{
    /// <summary>随机抽选: one of the qualified bidders registered in time, by an auditable draw.</summary>
    RandomDraw,

    /// <summary>公开比价: the lowest valid quote; ties by an auditable draw.</summary>
    LowestQuote,

    /// <summary>竞争性比选: the highest panel total; ties by an auditable draw.</summary>
    PanelScores,

    /// <summary>直接确定 / 自主发包 / others: the owner names the contractor with a written justification the supervising department approves.</summary>
    ApprovedJustification,
}

/// <summary>A contracting method (发包方式): its code in the API, its Chinese name and how it awards.</summary>
public sealed record ProcurementMethod(string Code, string Name, AwardRule Rule);

/// <summary>
/// The contracting methods in force. The seed lists 随机抽选、公开比价、竞争性比选、直接确定、自主发包 and ends in 等, so the set is
/// configuration: `Procurement:Methods:{code}={中文名}` adds a method, which awards like a direct award (named contractor,
/// approved justification).
/// </summary>
public sealed class ProcurementMethods
{
    public const string RandomDraw = "randomDraw";
    public const string PriceComparison = "priceComparison";
    public const string CompetitiveSelection = "competitiveSelection";
    public const string DirectAward = "directAward";
    public const string SelfContracting = "selfContracting";

    public static readonly IReadOnlyList<ProcurementMethod> Defaults =
    [
        new(RandomDraw, "随机抽选", AwardRule.RandomDraw),
        new(PriceComparison, "公开比价", AwardRule.LowestQuote),
        new(CompetitiveSelection, "竞争性比选", AwardRule.PanelScores),
        new(DirectAward, "直接确定", AwardRule.ApprovedJustification),
        new(SelfContracting, "自主发包", AwardRule.ApprovedJustification),
    ];

    public ProcurementMethods(IReadOnlyDictionary<string, string> others)
    {
        var all = Defaults.ToDictionary(m => m.Code);
        foreach (var (code, name) in others)
            all[code] = all.TryGetValue(code, out var known) ? known with { Name = name } : new ProcurementMethod(code, name, AwardRule.ApprovedJustification);
        All = [.. all.Values];
    }

    public IReadOnlyList<ProcurementMethod> All { get; }

    public ProcurementMethod? Find(string? code) => All.FirstOrDefault(m => m.Code == code?.Trim());
}
