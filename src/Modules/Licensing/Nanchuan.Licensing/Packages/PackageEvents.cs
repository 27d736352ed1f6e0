namespace Nanchuan.Licensing.Packages;

/// <summary>
/// A "one thing, one go" package (一件事一次办套餐) entered the catalogue: its items as they stood, the merged material set (the union
/// of their checklists without repeats) and its promised limit with the basis it was set on.
/// </summary>
public sealed record ServicePackageCatalogued(
    Guid PackageId, string Code, string Name, IReadOnlyList<PackagedItem> Items, IReadOnlyList<string> MergedChecklist,
    decimal PromisedWorkingDays, PromisedLimitBasis PromisedLimitBasis) : IDescribedEvent
{
    public string Describe() =>
        $"一件事一次办套餐“{Name}”（{Code}）入库：{Items.Count}个事项，合并材料{MergedChecklist.Count}项，承诺{PromisedWorkingDays}个工作日";
}

/// <summary>One catalogue item of a package, copied from the catalogue when the package was defined.</summary>
public sealed record PackagedItem(
    Guid ItemId, string Code, string Name, string Department, int StatutoryWorkingDays, decimal PromisedWorkingDays, bool Immediate, IReadOnlyList<string> Checklist);

/// <summary>How a package's promised limit was set: given by the package, or defaulted from its items (default: the longest, as the departments work in parallel).</summary>
public enum PromisedLimitBasis { Package, LongestItem, SumOfItems }

/// <summary>
/// 减环节、减时间、减材料、减跑动: what one package application saves against separate applications for its items, fixed when it is
/// received. Trips saved are <see cref="OneGoSavings.SeparateTrips"/> minus the visits the application actually records.
/// </summary>
public sealed record OneGoSavingsRecorded(Guid ApplicationId, Guid PackageId, string PackageCode, string PackageName, OneGoSavings Savings, DateTimeOffset ReceivedAt)
    : IDescribedEvent
{
    public string Describe() =>
        $"一件事一次办：减环节{Savings.StepsSaved}个、减时间{Savings.WorkingDaysSaved}个工作日、减材料{Savings.MaterialsSaved}项（单独办理需跑{Savings.SeparateTrips}次）";
}

/// <summary>
/// Separate applications against the package application. Steps: a separate application has three (综合受理、分类审批、综合窗口出件),
/// the package one front desk, one decision per item (in parallel) and one result. Time: the items' promised limits added up
/// against the package's. Materials: the items' checklists added up against the merged set. Trips: the trips separate applications
/// need (default one each, the hall's 最多跑一次 standard).
/// </summary>
public sealed record OneGoSavings(
    int Items, int SeparateSteps, int PackageSteps, decimal SeparateWorkingDays, decimal PackageWorkingDays, int SeparateMaterials, int PackageMaterials, int SeparateTrips)
{
    public int StepsSaved => SeparateSteps - PackageSteps;
    public decimal WorkingDaysSaved => SeparateWorkingDays - PackageWorkingDays;
    public int MaterialsSaved => SeparateMaterials - PackageMaterials;
}
