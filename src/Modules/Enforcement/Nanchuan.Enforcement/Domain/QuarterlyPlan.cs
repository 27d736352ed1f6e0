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

    /// <summary>Entries added or withdrawn after the draw, in order; <see cref="Entries"/> is the plan as amended.</summary>
    public List<PlanAmendment> Amendments { get; set; } = [];

    internal static Guid IdOf(Quarter quarter) => DerivedIds.FromName($"nanchuan:enforcement:plan:{quarter}");

    public PlannedInspection? EntryFor(string creditCode) => Entries.FirstOrDefault(e => e.CreditCode == creditCode);

    public static QuarterlyPlan Create(QuarterlyPlanDrawn e) => new()
    {
        Id = e.PlanId, Quarter = e.Quarter, Seed = e.Seed, Algorithm = e.Algorithm, EnterpriseCandidates = [.. e.EnterpriseCandidates],
        InspectorCandidates = [.. e.InspectorCandidates], EnterprisesToInspect = e.EnterprisesToInspect, Entries = [.. e.Entries], DrawnAt = e.DrawnAt,
        ChecklistVersion = e.ChecklistVersion ?? ScenarioChecklists.Seed.Number,
    };

    public void Apply(PlannedInspectionAdded e)
    {
        Entries.Add(e.Entry);
        Amendments.Add(new PlanAmendment(PlanAmendmentKind.Add, e.Entry.CreditCode, e.Reason, e.AddedAt));
    }

    public void Apply(PlannedInspectionWithdrawn e)
    {
        Entries.RemoveAll(x => x.CreditCode == e.CreditCode);
        Amendments.Add(new PlanAmendment(PlanAmendmentKind.Withdraw, e.CreditCode, e.Reason, e.WithdrawnAt));
    }

    public void Apply(PlannedInspectionCarriedOut e)
    {
        CarriedOut[e.CreditCode] = e.InspectionId;
        CarriedOutOn[e.CreditCode] = BeijingTime.DayOf(e.CarriedOutAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
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

public enum PlanAmendmentKind
{
    /// <summary>An inspection added to the plan after the draw.</summary>
    Add,

    /// <summary>A planned inspection withdrawn before it was carried out.</summary>
    Withdraw,
}

/// <summary>One change to a drawn plan, with its reason.</summary>
public sealed record PlanAmendment(PlanAmendmentKind Kind, string CreditCode, string Reason, DateTimeOffset At);

/// <summary>The Justice Bureau added an inspection to the drawn plan; its inspectors were drawn like the plan's (seed + credit code + department).</summary>
public sealed record PlannedInspectionAdded(Guid PlanId, PlannedInspection Entry, string Reason, DateTimeOffset AddedAt) : IDescribedEvent
{
    public string Describe() => $"季度执法计划增列{Entry.EnterpriseName}（{Entry.Month}园区综合检查）：{Reason}";
}

/// <summary>The Justice Bureau withdrew a planned inspection not yet carried out.</summary>
public sealed record PlannedInspectionWithdrawn(Guid PlanId, string CreditCode, string Reason, DateTimeOffset WithdrawnAt) : IDescribedEvent
{
    public string Describe() => $"季度执法计划撤销对企业{CreditCode}的检查：{Reason}";
}
