namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// The loaded schedules at one moment. Immutable: loading a year builds a new snapshot that replaces the old one
/// atomically, so a computation that reads the snapshot once never sees half a schedule.
/// </summary>
/// <remarks>
/// Plain arrays (the years in order, each year's days by their place in the year), not frozen or immutable collections keyed
/// by <see cref="DateOnly"/> or year: the framework ships no compiled code for its generic collections over those keys, so the
/// JIT compiled them at every start of the platform, before the first request, for a lookup a handful of array reads does
/// (ADR 0252).
/// </remarks>
internal sealed class CalendarSnapshot
{
    public static readonly CalendarSnapshot Empty = new([]);

    // In year order; a calendar holds a handful of years, so a scan finds one as fast as any index would.
    private readonly ScheduledYear[] _years;

    private CalendarSnapshot(ScheduledYear[] years) => _years = years;

    public IReadOnlyCollection<int> Years
    {
        get
        {
            var years = new int[_years.Length];
            for (var i = 0; i < years.Length; i++) years[i] = _years[i].Schedule.Year;
            return years;
        }
    }

    public CalendarSnapshot With(HolidaySchedule schedule)
    {
        var years = new List<ScheduledYear>(_years.Length + 1);
        foreach (var scheduled in _years)
            if (scheduled.Schedule.Year != schedule.Year) years.Add(scheduled);
        var later = years.FindIndex(scheduled => scheduled.Schedule.Year > schedule.Year);
        years.Insert(later < 0 ? years.Count : later, new ScheduledYear(schedule));
        return new CalendarSnapshot([.. years]);
    }

    public HolidaySchedule? ScheduleFor(int year) => Find(year)?.Schedule;

    public WorkingDayInfo Describe(DateOnly day)
    {
        var isWeekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (Find(day.Year) is not { } scheduled)
            return new WorkingDayInfo(day, isWeekend ? DayKind.Weekend : DayKind.Workday, ScheduleLoaded: false, Holiday: null);
        if (scheduled.HolidayOn(day) is { } holiday)
            return new WorkingDayInfo(day, DayKind.PublicHoliday, ScheduleLoaded: true, holiday);
        if (scheduled.IsMakeUpWorkday(day))
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

    private ScheduledYear? Find(int year)
    {
        foreach (var scheduled in _years)
            if (scheduled.Schedule.Year == year) return scheduled;
        return null;
    }

    /// <summary>One year's schedule by day: every date of a <see cref="HolidaySchedule"/> lies in its year (its rules check that).</summary>
    private sealed class ScheduledYear
    {
        private const int DaysInLongestYear = 366;

        private readonly HolidayPeriod?[] _holidayOn = new HolidayPeriod?[DaysInLongestYear];
        private readonly bool[] _makeUpWorkday = new bool[DaysInLongestYear];

        public ScheduledYear(HolidaySchedule schedule)
        {
            Schedule = schedule;
            foreach (var holiday in schedule.Holidays)
                for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1)) _holidayOn[day.DayOfYear - 1] = holiday;
            for (var i = 0; i < schedule.MakeUpWorkdays.Count; i++) _makeUpWorkday[schedule.MakeUpWorkdays[i].DayOfYear - 1] = true;
        }

        public HolidaySchedule Schedule { get; }

        public HolidayPeriod? HolidayOn(DateOnly day) => _holidayOn[day.DayOfYear - 1];

        public bool IsMakeUpWorkday(DateOnly day) => _makeUpWorkday[day.DayOfYear - 1];
    }
}
