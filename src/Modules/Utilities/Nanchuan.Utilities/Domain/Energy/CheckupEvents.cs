namespace Nanchuan.Utilities.Domain.Energy;

/// <summary>用能体检: a check-up case was opened for a qualifying enterprise with one provider.</summary>
public sealed record EnergyCheckupOpened(
    Guid CheckupId,
    string CreditCode,
    string EnterpriseName,
    string Provider,
    EnergyKind Kind,
    int Year,
    decimal Measure,
    string Reason,
    DateTimeOffset OpenedAt) : IDescribedEvent
{
    public string Describe() => $"为{EnterpriseName}开展{Provider}用能体检（{Reason}）";
}

/// <summary>The provider issued the one-to-one optimisation plan (一对一用能优化方案) and the annual saving it projects.</summary>
public sealed record OptimisationPlanIssued(Guid CheckupId, string Plan, decimal ProjectedAnnualSavingCny, DateTimeOffset IssuedAt) : IDescribedEvent
{
    public string Describe() => $"出具一对一用能优化方案，预计年节约{ProjectedAnnualSavingCny}元：{Plan}";
}

/// <summary>A batch of monthly consumption figures was imported from a file; a later import of the same month corrects it.</summary>
public sealed record ConsumptionImported(Guid ImportId, string FileName, IReadOnlyList<ConsumptionRecord> Records, DateTimeOffset ImportedAt) : IDescribedEvent
{
    public string Describe() => $"导入用能数据文件“{FileName}”，共{Records.Count}行";
}

/// <summary>A check-up case per enterprise, provider and year.</summary>
public sealed class EnergyCheckup
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Provider { get; set; } = "";
    public EnergyKind Kind { get; set; }
    public int Year { get; set; }
    public decimal Measure { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset OpenedAt { get; set; }
    public string? Plan { get; set; }
    public decimal? ProjectedAnnualSavingCny { get; set; }
    public DateTimeOffset? PlanIssuedAt { get; set; }

    public static Guid StreamIdFor(string creditCode, string provider, int year) =>
        DerivedIds.FromName(FormattableString.Invariant($"nanchuan:utilities:energy-checkup:{creditCode}:{provider.Trim()}:{year}"));

    public static EnergyCheckup Create(EnergyCheckupOpened e) => new()
    {
        Id = e.CheckupId, CreditCode = e.CreditCode, EnterpriseName = e.EnterpriseName, Provider = e.Provider, Kind = e.Kind, Year = e.Year,
        Measure = e.Measure, Reason = e.Reason, OpenedAt = e.OpenedAt,
    };

    public void Apply(OptimisationPlanIssued e)
    {
        Plan = e.Plan;
        ProjectedAnnualSavingCny = e.ProjectedAnnualSavingCny;
        PlanIssuedAt = e.IssuedAt;
    }
}
