namespace Nanchuan.Judiciary.Domain;

/// <summary>
/// The two bodies of the comprehensive handling: the district court (区法院) files, refers and convenes, and the district
/// conflict-mediation centre (区矛调中心) assigns. Any other department (or town and street office) can be a responsible unit.
/// </summary>
internal static class Units
{
    public const string Court = "区法院";
    public const string Centre = "区矛调中心";
}

/// <summary>Beijing-time months (yyyy-MM), the reports' period.</summary>
internal static class Months
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static string Of(DateTimeOffset instant) => instant.ToOffset(Beijing).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
