namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// The working-day calendar of platform rule 3 (工作日): State Council holiday schedules, business hours
/// 08:30–18:00 Asia/Shanghai (default, configurable), working-day, half-day and calendar-day limits.
/// Every deadline in every module is computed here and nowhere else.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>Time zone the schedule and business hours are expressed in (Asia/Shanghai).</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>Opening hours on a working day (default 08:30–18:00).</summary>
    BusinessHours BusinessHours { get; }

    /// <summary>The Asia/Shanghai calendar day an instant falls on.</summary>
    DateOnly LocalDay(DateTimeOffset instant);

    /// <summary>
    /// The instant of an Asia/Shanghai time of day on <paramref name="day"/>, with the zone's offset (as deadlines are). A
    /// query's timestamptz parameter takes it in UTC (<c>ToUniversalTime()</c>); a day's range is [At(day, 00:00), At(day + 1, 00:00)).
    /// </summary>
    DateTimeOffset At(DateOnly day, TimeOnly time);

    /// <summary>What the schedule makes of a day (workday, weekend, public holiday, make-up workday), and whether its year has a schedule.</summary>
    WorkingDayInfo DescribeDay(DateOnly day);

    /// <summary>The first working day strictly after <paramref name="day"/>.</summary>
    DateOnly NextWorkingDay(DateOnly day);

    /// <summary>True when the schedule makes the day a workday (a weekday that is not a holiday, or a make-up workday 调休上班).</summary>
    bool IsWorkingDay(DateOnly day);

    /// <summary>"N working days" from an event: 18:00 (end of business hours) on the N-th working day after the event's day; the day itself does not count.
    /// N = 0 means "the same working day": 18:00 of the event's day, or of the next working day when the event is on a day off or at/after 18:00.</summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays);

    /// <summary>A duration of business hours ("0.5 day" = 4 h 45 min). An event outside business hours or on a day off starts the clock at the next opening (08:30 of the next working day).</summary>
    DateTimeOffset AddBusinessHours(DateTimeOffset from, TimeSpan businessTime);

    /// <summary>"0.5 working day" = half of the business day (4 h 45 min with the default hours).</summary>
    DateTimeOffset AddHalfWorkingDay(DateTimeOffset from);

    /// <summary>Calendar-day limit: the event's day does not count, the last day ends at 24:00, and a last day on a public holiday moves to the day after the holiday (Civil Code art. 203).
    /// Returns the exclusive end: 00:00 of the day after the last day (overdue from that instant on).</summary>
    DateTimeOffset AddCalendarDays(DateTimeOffset from, int calendarDays);

    /// <summary>The moment one or more working days before a deadline (used for warnings): the same time of day on the N-th working day before the deadline's day.</summary>
    DateTimeOffset SubtractWorkingDays(DateTimeOffset deadline, int workingDays);

    /// <summary>The moment a duration of business hours before a deadline (a warning lead in business time): business hours counted backwards from it.</summary>
    DateTimeOffset SubtractBusinessHours(DateTimeOffset deadline, TimeSpan businessTime);

    /// <summary>Business time (working days, 08:30–18:00) between two instants; zero when <paramref name="end"/> is not after <paramref name="start"/>.</summary>
    TimeSpan BusinessTimeBetween(DateTimeOffset start, DateTimeOffset end);

    /// <summary>Elapsed working time between two instants, in working days (business hours ÷ length of the business day), rounded to 2 decimals.</summary>
    decimal WorkingDaysBetween(DateTimeOffset start, DateTimeOffset end);

    /// <summary>The years for which an official schedule is loaded, in order.</summary>
    IReadOnlyCollection<int> LoadedYears { get; }

    /// <summary>The loaded schedule of a year, or null when none is loaded.</summary>
    HolidaySchedule? ScheduleFor(int year);

    /// <summary>Adds a year's schedule or replaces (amends) it, atomically; returns what changed, for the platform to publish.</summary>
    HolidayScheduleChanged Load(HolidaySchedule schedule);
}
