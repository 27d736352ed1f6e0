using Nanchuan.Licensing.Catalogue;

namespace Nanchuan.Licensing.Applications;

/// <summary>
/// What the front desk checks an application against and times it by: one catalogue item, or a 一件事一次办 package of
/// items (then <paramref name="Parts"/> lists the items each department decides, and the checklist is the merged set).
/// </summary>
public sealed record ApplicationTerms(
    Guid Id, string Code, string Name, string Department, IReadOnlyList<string> Checklist, decimal PromisedWorkingDays, bool Immediate,
    IReadOnlyList<ApplicationPart> Parts)
{
    public static ApplicationTerms Of(ServiceItem item) =>
        new(item.Id, item.Code, item.Name, item.Department, item.Checklist, item.PromisedWorkingDays, item.Immediate, []);
}

/// <summary>One catalogue item inside a package application, and its department's decision once made (分类审批 per item).</summary>
public sealed record ApplicationPart(
    Guid ItemId, string ItemCode, string ItemName, string Department, bool? Approved = null, string? Reasons = null, string? Rule = null);

/// <summary>分类审批 of one item of a package application by its department; a rejection cites the rule.</summary>
public sealed record ApplicationPartDecided(
    Guid ApplicationId, Guid ItemId, string ItemName, string Department, bool Approved, string Reasons, string? Rule, DateTimeOffset DecidedAt) : IDescribedEvent
{
    public string Describe() => Approved ? $"{Department}审批通过“{ItemName}”：{Reasons}" : $"{Department}不予许可“{ItemName}”：{Reasons}（依据{Rule}）";
}
