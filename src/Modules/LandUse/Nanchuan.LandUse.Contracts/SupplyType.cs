namespace Nanchuan.LandUse.Contracts;

/// <summary>How the state-owned construction land is supplied. 出让 = transfer (for a price, via the trading centre); 划拨 = allocation (by decision).</summary>
public enum SupplyType
{
    /// <summary>土地出让 (live from April 2024).</summary>
    Transfer,
    /// <summary>土地划拨 (live from September 2024).</summary>
    Allocation,
}
