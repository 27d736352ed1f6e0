using Nanchuan.BuildingBlocks.Deadlines;

namespace Nanchuan.Awards.Domain;

/// <summary>
/// The award's term (spec: "表彰奖励 — Q1 of the next year"): from 1 January to the end of 31 March of year + 1, Beijing time, as a
/// calendar-day limit, so the platform's deadline rules (ADR 0020) compute, warn and recompute it like any other (ADR 0072).
/// </summary>
internal static class AwardTerm
{
    public const string Name = "Award";

    public static DateTimeOffset Start(int year) => new(year + 1, 1, 1, 0, 0, 0, Beijing.Offset);

    /// <summary>Calendar days from 1 January to 31 March (the limit's last day): 89, or 90 in a leap year.</summary>
    public static int Days(int year) => new DateOnly(year + 1, 3, 31).DayNumber - new DateOnly(year + 1, 1, 1).DayNumber;

    public static TimeLimit Limit(int year) => TimeLimit.CalendarDays(Days(year));
}
