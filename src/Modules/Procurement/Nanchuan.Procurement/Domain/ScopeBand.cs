namespace Nanchuan.Procurement.Domain;

/// <summary>Where a project's value puts it (项目金额区间): the reports' value bands inside the scope.</summary>
public enum ValueBand
{
    /// <summary>5万元（含）至50万元.</summary>
    From50ThousandTo500Thousand,

    /// <summary>50万元（含）至200万元.</summary>
    From500ThousandTo2Million,

    /// <summary>200万元（含）至400万元（不含）.</summary>
    From2MillionTo4Million,
}

/// <summary>
/// The scope of central supervision (5万以上400万以下, 以上 includes the number): works projects from 50,000 CNY included to
/// below 4,000,000 CNY. Money is decimal CNY to the fen (two decimals), never floating point.
/// </summary>
internal static class ScopeBand
{
    public const decimal Minimum = 50_000m;
    public const decimal StatutoryTenderingFrom = 4_000_000m;

    /// <summary>The field error for a value outside the band or not in fen, saying where such a project goes; null when it is in scope.</summary>
    public static string? Problem(decimal value)
    {
        if (decimal.Round(value, 2) != value) return "金额以元为单位，最多两位小数（到分） / the value is in CNY with at most two decimals (fen).";
        if (value < Minimum)
            return $"项目金额{value:0.00}元低于5万元，不属限下招标监管范围，由项目业主按本单位内部管理制度自行发包 / " +
                   $"{value:0.00} CNY is below 50,000 CNY: outside central supervision, the owner contracts it under its own internal rules.";
        if (value >= StatutoryTenderingFrom)
            return $"项目金额{value:0.00}元达到400万元，属依法必须招标的工程，请进入公共资源交易中心依法招标 / " +
                   $"{value:0.00} CNY is 4,000,000 CNY or more: statutory tendering at the public resource trading centre, not this module.";
        return null;
    }

    public static ValueBand BandOf(decimal value) => value switch
    {
        < 500_000m => ValueBand.From50ThousandTo500Thousand,
        < 2_000_000m => ValueBand.From500ThousandTo2Million,
        _ => ValueBand.From2MillionTo4Million,
    };
}
