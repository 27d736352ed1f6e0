namespace Nanchuan.Utilities.Domain.Energy;

/// <summary>Why an enterprise qualifies for a check-up with one provider in a year.</summary>
/// <param name="Measure">The figure that qualified it: the highest monthly electricity price (CNY/kWh), or the annual gas or water quantity.</param>
/// <param name="QualifyingMonths">For electricity, the months whose price was above 1 CNY/kWh.</param>
public sealed record CheckupQualification(
    string CreditCode,
    string EnterpriseName,
    string Provider,
    EnergyKind Kind,
    int Year,
    decimal Measure,
    decimal Threshold,
    IReadOnlyList<DateOnly> QualifyingMonths,
    string Reason);

/// <summary>
/// 存量重点用能企业: a monthly electricity price above 1 CNY/kWh (超过1元/度, strictly above), 100,000 m³ of gas a year or more,
/// or 10,000 t of water a year or more (以上 includes the number).
/// </summary>
internal static class EnergyThresholds
{
    public const decimal ElectricityPricePerKwh = 1m;
    public const decimal GasCubicMetresPerYear = 100_000m;
    public const decimal WaterTonnesPerYear = 10_000m;

    /// <summary>Every (enterprise, provider, kind) of the year that qualifies, from that year's monthly figures.</summary>
    public static IReadOnlyList<CheckupQualification> Qualify(IEnumerable<ConsumptionRecord> records, int year) =>
        records.Where(r => r.Month.Year == year)
            .GroupBy(r => (r.CreditCode, r.Provider, r.Kind))
            .Select(g => Assess(g.Key.CreditCode, g.Key.Provider, g.Key.Kind, year, g.OrderBy(r => r.Month).ToList()))
            .OfType<CheckupQualification>()
            .OrderBy(q => q.CreditCode, StringComparer.Ordinal).ThenBy(q => q.Kind).ThenBy(q => q.Provider, StringComparer.Ordinal)
            .ToList();

    private static CheckupQualification? Assess(string code, string provider, EnergyKind kind, int year, IReadOnlyList<ConsumptionRecord> months)
    {
        var name = months[^1].EnterpriseName;
        if (kind == EnergyKind.Electricity)
        {
            var above = months.Where(m => m.UnitPrice > ElectricityPricePerKwh).ToList();
            if (above.Count == 0) return null;
            var highest = Math.Round(above.Max(m => m.UnitPrice!.Value), 4);
            return new CheckupQualification(code, name, provider, kind, year, highest, ElectricityPricePerKwh, above.Select(m => m.Month).ToList(),
                $"{above.Count}个月执行电价超过1元/度（最高{highest}元/度）");
        }
        var total = months.Sum(m => m.Quantity);
        var threshold = kind == EnergyKind.Gas ? GasCubicMetresPerYear : WaterTonnesPerYear;
        return total >= threshold
            ? new CheckupQualification(code, name, provider, kind, year, total, threshold, [],
                $"{year}年{kind.ToChinese()}量{total}{kind.Unit()}，达到{threshold}{kind.Unit()}以上")
            : null;
    }
}
