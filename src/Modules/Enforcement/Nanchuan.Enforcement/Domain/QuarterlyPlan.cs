namespace Nanchuan.Enforcement.Domain;

/// <summary>
/// 季度执法计划: the Justice Bureau's comprehensive plan of one quarter, one stream per quarter (id derived from it), and which
/// planned inspections have been carried out — the one place that holds an enterprise to one comprehensive inspection a quarter.
/// </summary>
public sealed class QuarterlyPlan
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Quarter { get; set; } = "";
    public string Seed { get; set; } = "";
    public string Algorithm { get; set; } = "";
    public List<PoolEnterprise> EnterpriseCandidates { get; set; } = [];
    public List<PoolInspector> InspectorCandidates { get; set; } = [];
    public int EnterprisesToInspect { get; set; }

    /// <summary>The checklist version whose scenarios gave the entries their departments.</summary>
    public int ChecklistVersion { get; set; }

    public List<PlannedInspection> Entries { get; set; } = [];

    /// <summary>Credit code → the comprehensive inspection that carried out its entry.</summary>
    public Dictionary<string, Guid> CarriedOut { get; set; } = [];

    /// <summary>Credit code → the Beijing day (yyyy-MM-dd) its comprehensive inspection was made: the other departments' scans that day are part of it.</summary>
    public Dictionary<string, string> CarriedOutOn { get; set; } = [];

    public DateTimeOffset DrawnAt { get; set; }

    internal static Guid IdOf(Quarter quarter) => DerivedIds.FromName($"nanchuan:enforcement:plan:{quarter}");

    public PlannedInspection? EntryFor(string creditCode) => Entries.FirstOrDefault(e => e.CreditCode == creditCode);

    public static QuarterlyPlan Create(QuarterlyPlanDrawn e) => new()
    {
        Id = e.PlanId, Quarter = e.Quarter, Seed = e.Seed, Algorithm = e.Algorithm, EnterpriseCandidates = [.. e.EnterpriseCandidates],
        InspectorCandidates = [.. e.InspectorCandidates], EnterprisesToInspect = e.EnterprisesToInspect, Entries = [.. e.Entries], DrawnAt = e.DrawnAt,
        ChecklistVersion = e.ChecklistVersion ?? ScenarioChecklists.Seed.Number,
    };

    public void Apply(PlannedInspectionCarriedOut e)
    {
        CarriedOut[e.CreditCode] = e.InspectionId;
        CarriedOutOn[e.CreditCode] = Nanchuan.BuildingBlocks.Calendar.Quarter.DateOf(e.CarriedOutAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The quarter's plan was drawn: everything needed to replay the draw (candidates, seed, algorithm, checklist version) and its result.</summary>
/// <param name="ChecklistVersion">The scenario checklists' version the draw used; null on plans drawn before checklists had versions (version 1).</param>
public sealed record QuarterlyPlanDrawn(
    Guid PlanId,
    string Quarter,
    IReadOnlyList<PoolEnterprise> EnterpriseCandidates,
    IReadOnlyList<PoolInspector> InspectorCandidates,
    int EnterprisesToInspect,
    string Seed,
    string Algorithm,
    IReadOnlyList<PlannedInspection> Entries,
    DateTimeOffset DrawnAt,
    int? ChecklistVersion) : IDescribedEvent
{
    public string Describe() =>
        $"编制{Quarter}“综合查一次”季度执法计划：从{EnterpriseCandidates.Count}家企业中随机抽取{Entries.Count}家、从{InspectorCandidates.Count}名执法人员中随机选派（种子{Seed}，应用场景清单第{ChecklistVersion ?? 1}版）";
}

/// <summary>A planned enterprise received its comprehensive inspection: its quarter's one is used.</summary>
public sealed record PlannedInspectionCarriedOut(Guid PlanId, string CreditCode, Guid InspectionId, DateTimeOffset CarriedOutAt) : IDescribedEvent
{
    public string Describe() => $"企业{CreditCode}已接受本季度综合执法检查";
}
