namespace Nanchuan.Utilities.Domain.Gas;

public enum PriceItemCategory
{
    /// <summary>材料.</summary>
    Material,

    /// <summary>人工.</summary>
    Labour,
}

/// <summary>One line of an operator's published material price list (物料清单): item, type, unit, price.</summary>
/// <param name="Code">The operator's item code, unique within a list.</param>
/// <param name="Type">材料类型 (e.g. PE管 De32), which the user chooses.</param>
public sealed record PriceListItem(string Code, string Name, string Type, string Unit, decimal UnitPrice, PriceItemCategory Category);

/// <summary>One material of a fixed-price package, published so the user sees what the package holds.</summary>
public sealed record PackageMaterial(string Name, string Type, string Unit, decimal Quantity);

/// <summary>一口价 package for small commercial users: one price, a public material list.</summary>
public sealed record FixedPricePackage(string Code, string Name, decimal Price, IReadOnlyList<PackageMaterial> Materials);

/// <summary>One published version of an operator's price list; in force from <paramref name="EffectiveFrom"/> until a later version takes over.</summary>
public sealed record PriceListEdition(
    string Operator,
    int Version,
    DateTimeOffset EffectiveFrom,
    IReadOnlyList<PriceListItem> Items,
    IReadOnlyList<FixedPricePackage> Packages);

internal static class PriceListEditions
{
    /// <summary>The edition in force at an instant: the latest effective one not after it (a later version wins a tie).</summary>
    public static PriceListEdition? InForceAt(IEnumerable<PriceListEdition> editions, DateTimeOffset at) =>
        editions.Where(e => e.EffectiveFrom <= at).OrderBy(e => e.EffectiveFrom).ThenBy(e => e.Version).LastOrDefault();
}
