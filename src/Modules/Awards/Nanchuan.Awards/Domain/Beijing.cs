namespace Nanchuan.Awards.Domain;

/// <summary>The contest's clock is Beijing time: a voting day, the award's quarter.</summary>
internal static class Beijing
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
