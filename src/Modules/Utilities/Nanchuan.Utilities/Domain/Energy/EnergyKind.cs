namespace Nanchuan.Utilities.Domain.Energy;

/// <summary>What a consumption figure measures: electricity (kWh, 度), gas (m³, 方) or water (t, 吨).</summary>
public enum EnergyKind
{
    Electricity,
    Gas,
    Water,
}

internal static class EnergyKinds
{
    public static string ToChinese(this EnergyKind kind) => kind switch
    {
        EnergyKind.Electricity => "用电",
        EnergyKind.Gas => "用气",
        EnergyKind.Water => "用水",
        _ => kind.ToString(),
    };

    public static string Unit(this EnergyKind kind) => kind switch
    {
        EnergyKind.Electricity => "千瓦时",
        EnergyKind.Gas => "立方米",
        EnergyKind.Water => "吨",
        _ => "",
    };

    /// <summary>Accepts the English name or the Chinese one (电/用电, 气/用气, 水/用水).</summary>
    public static bool TryParse(string text, out EnergyKind kind)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "electricity" or "电" or "用电": kind = EnergyKind.Electricity; return true;
            case "gas" or "气" or "用气": kind = EnergyKind.Gas; return true;
            case "water" or "水" or "用水": kind = EnergyKind.Water; return true;
            default: kind = default; return false;
        }
    }
}
