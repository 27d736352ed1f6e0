namespace Nanchuan.Utilities.Domain.Gas;

/// <summary>An operator's price list with every version it published (one stream per operator).</summary>
public sealed class GasPriceList
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Operator { get; set; } = "";
    public List<PriceListEdition> Editions { get; set; } = [];

    public int LatestVersion => Editions.Count == 0 ? 0 : Editions.Max(e => e.Version);

    public void Apply(GasPriceListPublished e)
    {
        Id = e.PriceListId;
        Operator = e.Operator;
        Editions.Add(new PriceListEdition(e.Operator, e.Version, e.EffectiveFrom, e.Items, e.Packages));
    }

    /// <summary>The stream id of an operator's list: derived from its name, so each operator has exactly one.</summary>
    public static Guid StreamIdFor(string operatorName) => DerivedIds.FromName($"nanchuan:utilities:gas-price-list:{operatorName.Trim()}");
}
