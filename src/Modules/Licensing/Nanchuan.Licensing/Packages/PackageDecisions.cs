using Nanchuan.Licensing.Catalogue;

namespace Nanchuan.Licensing.Packages;

/// <summary>Pure decisions of 一件事一次办 packages: defining one from catalogue items, and what an application for it saves.</summary>
internal static class PackageDecisions
{
    /// <summary>Steps of a separate application: 综合受理、分类审批、综合窗口出件.</summary>
    public const int StepsPerSeparateApplication = 3;

    /// <summary>Stream id of a package: derived from its code, so a code can be catalogued once (a duplicate is a 409).</summary>
    public static Guid PackageIdFor(string code) => DerivedIds.FromName($"nanchuan:service-package:{code.Trim().ToUpperInvariant()}");

    /// <summary>A package from catalogue items: <paramref name="items"/> are those found for the requested ids (an id not among them is unknown).</summary>
    public static ServicePackageCatalogued Catalogue(CataloguePackage command, IReadOnlyCollection<ServiceItem> items, PromisedLimitBasis defaultBasis)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(command.Code)) errors["code"] = ["请填写套餐编码 / the package code is required."];
        if (string.IsNullOrWhiteSpace(command.Name)) errors["name"] = ["请填写套餐名称 / the package name is required."];
        var ids = command.ItemIds ?? [];
        var unknown = ids.Where(id => items.All(i => i.Id != id)).ToList();
        if (ids.Distinct().Count() != ids.Count) errors["itemIds"] = ["套餐事项有重复 / an item is listed twice."];
        else if (unknown.Count > 0) errors["itemIds"] = [$"事项清单中无此事项 / not in the catalogue: {string.Join(", ", unknown)}"];
        else if (ids.Count < 2) errors["itemIds"] = ["一件事套餐至少包含两个事项 / a package bundles at least two items."];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var ordered = ids.Select(id => items.First(i => i.Id == id)).ToList();
        var allImmediate = ordered.All(i => i.Immediate);
        var sum = ordered.Sum(i => i.PromisedWorkingDays);
        var (limit, basis) = command.PromisedWorkingDays is { } own ? (own, PromisedLimitBasis.Package)
            : defaultBasis == PromisedLimitBasis.SumOfItems ? (sum, PromisedLimitBasis.SumOfItems)
            : (ordered.Max(i => i.PromisedWorkingDays), PromisedLimitBasis.LongestItem);
        if (limit < 0 || limit * 2 != decimal.Truncate(limit * 2) || limit > sum || (allImmediate ? limit != 0 : limit == 0))
            throw new DomainValidationException("promisedWorkingDays",
                $"套餐承诺时限应以半个工作日计、不超过各事项承诺时限之和（{sum}），仅全部为即办件时为0 / the package's limit is in half days, at most the items' limits added up ({sum}), and 0 only when every item is immediate.");

        var merged = ordered.SelectMany(i => i.Checklist).Distinct().ToList();
        return new ServicePackageCatalogued(PackageIdFor(command.Code), command.Code.Trim().ToUpperInvariant(), command.Name.Trim(),
            ordered.Select(i => new PackagedItem(i.Id, i.Code, i.Name, i.Department, i.StatutoryWorkingDays, i.PromisedWorkingDays, i.Immediate, i.Checklist)).ToList(),
            merged, limit, basis);
    }

    /// <summary>What one application for the package saves against separate applications for its items.</summary>
    public static OneGoSavings Savings(ServicePackage package, int tripsPerSeparateApplication)
    {
        var items = package.Items.Count;
        return new OneGoSavings(items, items * StepsPerSeparateApplication, items + 2,
            package.Items.Sum(i => i.PromisedWorkingDays), package.PromisedWorkingDays,
            package.Items.Sum(i => i.Checklist.Count), package.MergedChecklist.Count, items * tripsPerSeparateApplication);
    }
}
