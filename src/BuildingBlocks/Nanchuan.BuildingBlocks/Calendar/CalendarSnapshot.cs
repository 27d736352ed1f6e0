using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// The loaded schedules at one moment. Immutable: loading a year builds a new snapshot that replaces the old one
/// atomically, so a computation that reads the snapshot once never sees half a schedule.
/// </summary>
internal sealed class CalendarSnapshot
{
    public static readonly CalendarSnapshot Empty = new(ImmutableSortedDictionary<int, ScheduledYear>.Empty);

    private readonly ImmutableSortedDictionary<int, ScheduledYear> _years;

    private CalendarSnapshot(ImmutableSortedDictionary<int, ScheduledYear> years) => _years = years;

    public IReadOnlyCollection<int> Years => [.. _years.Keys];

    public CalendarSnapshot With(HolidaySchedule schedule) => new(_years.SetItem(schedule.Year, new ScheduledYear(schedule)));

    public HolidaySchedule? ScheduleFor(int year) => _years.TryGetValue(year, out var scheduled) ? scheduled.Schedule : null;

    public WorkingDayInfo Describe(DateOnly day)
    {
        var isWeekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (!_years.TryGetValue(day.Year, out var scheduled))
            return new WorkingDayInfo(day, isWeekend ? DayKind.Weekend : DayKind.Workday, ScheduleLoaded: false, Holiday: null);
        if (scheduled.HolidayOn.TryGetValue(day, out var holiday))
            return new WorkingDayInfo(day, DayKind.PublicHoliday, ScheduleLoaded: true, holiday);
        if (scheduled.MakeUpWorkdays.Contains(day))
            return new WorkingDayInfo(day, DayKind.MakeUpWorkday, ScheduleLoaded: true, Holiday: null);
        return new WorkingDayInfo(day, isWeekend ? DayKind.Weekend : DayKind.Workday, ScheduleLoaded: true, Holiday: null);
    }

    public bool IsWorkingDay(DateOnly day) => Describe(day).IsWorkingDay;

    public DateOnly NextWorkingDay(DateOnly day)
    {
        do day = day.AddDays(1); while (!IsWorkingDay(day));
        return day;
    }

    public DateOnly PreviousWorkingDay(DateOnly day)
    {
        do day = day.AddDays(-1); while (!IsWorkingDay(day));
        return day;
    }

    private sealed class ScheduledYear(HolidaySchedule schedule)
    {
        public HolidaySchedule Schedule { get; } = schedule;

        public FrozenDictionary<DateOnly, HolidayPeriod> HolidayOn { get; } = schedule.Holidays
            .SelectMany(h => Enumerable.Range(0, h.To.DayNumber - h.From.DayNumber + 1).Select(offset => (Day: h.From.AddDays(offset), Holiday: h)))
            .ToFrozenDictionary(x => x.Day, x => x.Holiday);

        public FrozenSet<DateOnly> MakeUpWorkdays { get; } = schedule.MakeUpWorkdays.ToFrozenSet();
    }
}
