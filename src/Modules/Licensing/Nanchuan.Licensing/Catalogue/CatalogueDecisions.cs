namespace Nanchuan.Licensing.Catalogue;

/// <summary>Pure decisions and figures of the service catalogue.</summary>
internal static class CatalogueDecisions
{
    /// <summary>Stream id of an item: derived from its code, so a code can be catalogued once (a duplicate is a 409).</summary>
    public static Guid ItemIdFor(string code) => DerivedIds.FromName($"nanchuan:service-item:{code.Trim().ToUpperInvariant()}");

    public static ServiceItemCatalogued Catalogue(CatalogueServiceItem c)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(c.Code)) errors["code"] = ["请填写事项编码 / the item code is required."];
        if (string.IsNullOrWhiteSpace(c.Name)) errors["name"] = ["请填写事项名称 / the item name is required."];
        if (c.Kind == ServiceItemKind.Unclassified || !Enum.IsDefined(c.Kind))
            errors["kind"] = ["请选择事项类型（行政许可、行政确认、行政给付、行政奖励、行政裁决、其他行政权力或公共服务）；“未分类”仅用于历史事项 / choose the item's kind; unclassified is only for items catalogued before kinds."];
        if (string.IsNullOrWhiteSpace(c.Department)) errors["department"] = ["请填写实施部门 / the department is required."];
        if (c.OwnerLevel == ServiceItemOwnerLevel.Unclassified || !Enum.IsDefined(c.OwnerLevel))
            errors["ownerLevel"] = ["请选择实施主体层级（区级部门或乡镇（街道））；“未分类”仅用于历史事项 / choose districtDepartment or town; unclassified is only for items catalogued before levels."];
        if (c.StatutoryWorkingDays is < 0 or > 366) errors["statutoryWorkingDays"] = ["法定时限应为0至366个工作日 / the statutory limit is 0–366 working days."];
        if (c.PromisedWorkingDays < 0 || c.PromisedWorkingDays * 2 != decimal.Truncate(c.PromisedWorkingDays * 2) || c.PromisedWorkingDays > Math.Max(c.StatutoryWorkingDays, 0))
            errors["promisedWorkingDays"] = ["承诺时限应以半个工作日计且不超过法定时限 / the promised limit is in half days and at most the statutory limit."];
        else if (c.Immediate && c.PromisedWorkingDays != 0)
            errors["promisedWorkingDays"] = ["即办件承诺时限应为0 / an immediate item has a promised limit of 0."];
        var checklist = (c.Checklist ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList();
        if (checklist.Count != checklist.Distinct().Count()) errors["checklist"] = ["材料清单有重复 / the checklist repeats a material."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return new ServiceItemCatalogued(ItemIdFor(c.Code), c.Code.Trim().ToUpperInvariant(), c.Name.Trim(), c.Kind, c.Department.Trim(), c.OwnerLevel, c.StatutoryWorkingDays,
            c.PromisedWorkingDays, c.Immediate, c.Online, c.ConcernsEnterprises, checklist);
    }

    public static CompressionJustified Justify(ServiceItem item, string? justification, decimal target)
    {
        if (!IsBelowTarget(item, target))
            throw new InvalidStateTransitionException("时限压缩已达标", "记录未达标说明");
        if (string.IsNullOrWhiteSpace(justification))
            throw new DomainValidationException("justification", "请说明未达标原因 / the justification is required.");
        return new CompressionJustified(item.Id, justification.Trim());
    }

    /// <summary>An enterprise item compressed less than the target (default 90 %).</summary>
    public static bool IsBelowTarget(ServiceItem item, decimal target) => item.ConcernsEnterprises && item.Compression < target;

    public static CatalogueReport Report(IReadOnlyCollection<ServiceItem> items, decimal target)
    {
        var enterprise = items.Where(i => i.ConcernsEnterprises).ToList();
        return new CatalogueReport(
            items.Count,
            target,
            items.Count == 0 ? null : Math.Round(items.Average(i => i.Compression), 4, MidpointRounding.AwayFromZero),
            enterprise.Count == 0 ? null : Math.Round(enterprise.Average(i => i.Compression), 4, MidpointRounding.AwayFromZero),
            items.Count == 0 ? null : Math.Round((decimal)items.Count(i => i.Online) / items.Count, 4, MidpointRounding.AwayFromZero),
            items.Where(i => IsBelowTarget(i, target) && i.Justification is null).OrderBy(i => i.Compression).ThenBy(i => i.Code)
                .Select(i => new BelowTargetItem(i.Id, i.Code, i.Name, i.Department, i.StatutoryWorkingDays, i.PromisedWorkingDays, i.Compression)).ToList());
    }
}

/// <summary>Catalogue figures: averages of compression (0–1), the online-availability rate (网上可办率), and the unjustified enterprise items below target.</summary>
public sealed record CatalogueReport(
    int Items, decimal CompressionTarget, decimal? AverageCompression, decimal? AverageEnterpriseCompression, decimal? OnlineRate, IReadOnlyList<BelowTargetItem> BelowTarget);

public sealed record BelowTargetItem(Guid Id, string Code, string Name, string Department, int StatutoryWorkingDays, decimal PromisedWorkingDays, decimal Compression);
