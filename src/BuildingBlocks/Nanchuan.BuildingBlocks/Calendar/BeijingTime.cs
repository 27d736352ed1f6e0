using System.Globalization;

namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// Beijing time (北京时间, the Asia/Shanghai zone, UTC+8 all year): the day and the month an instant counts in, and the
/// instant of a local time. The one place the zone is looked up; the working-day calendar answers with these, and code
/// without a calendar at hand (projections, report rows, value types) calls them directly.
/// </summary>
public static class BeijingTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The Beijing-time date of an instant: the day a deadline, a report or a rule counts it in.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The Beijing-time month of an instant, <c>yyyy-MM</c>, as report tables and plans write it.</summary>
    public static string MonthOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The instant of a Beijing time of day on <paramref name="day"/>, with the zone's offset.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
