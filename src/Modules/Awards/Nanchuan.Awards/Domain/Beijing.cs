namespace Nanchuan.Awards.Domain;

/// <summary>The contest's clock is Beijing time: a voting day, the award's quarter.</summary>
internal static class Beijing
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>An instant as Beijing's wall clock, for messages ("2024-11-20 10:01").</summary>
    public static string Format(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
