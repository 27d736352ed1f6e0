namespace Nanchuan.Utilities.Domain.Energy;

/// <summary>One enterprise's consumption of one kind in one month, as billed by a provider.</summary>
/// <param name="Month">First day of the month.</param>
/// <param name="Quantity">kWh, m³ or t.</param>
/// <param name="AmountCny">What the month's consumption cost, in CNY (gives the electricity price per kWh).</param>
public sealed record ConsumptionRecord(string CreditCode, string EnterpriseName, DateOnly Month, EnergyKind Kind, decimal Quantity, decimal AmountCny, string Provider)
{
    /// <summary>CNY per unit; null when nothing was consumed.</summary>
    public decimal? UnitPrice => Quantity == 0 ? null : AmountCny / Quantity;
}
