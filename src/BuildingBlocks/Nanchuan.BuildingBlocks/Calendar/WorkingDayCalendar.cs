namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// Platform rule 3, implemented literally. Thread-safe: schedules live in an immutable snapshot that
/// <see cref="Load"/> swaps atomically; every computation reads the snapshot once.
/// A year without a loaded schedule counts Monday–Friday as working days and weekends as days off
/// (see <see cref="WorkingDayInfo.ScheduleLoaded"/>); loading it later reports the days that changed.
/// Every returned instant is in Asia/Shanghai time (offset +08:00).
/// </summary>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private readonly Lock _loadLock = new();
    private readonly bool _weekendsMoveCalendarDayLimits;
    private CalendarSnapshot _snapshot = CalendarSnapshot.Empty;

    public WorkingDayCalendar(WorkingDayCalendarOptions? options = null, IEnumerable<HolidaySchedule>? schedules = null)
    {
        options ??= new WorkingDayCalendarOptions();
        var hours = options.BusinessHours;
        if (hours.Start >= hours.End)
            throw new ArgumentException(
                $"营业时间的开始（{hours.Start:HH\\:mm}）应早于结束（{hours.End:HH\\:mm}） / business hours must start ({hours.Start:HH\\:mm}) before they end ({hours.End:HH\\:mm}).",
                nameof(options));
        BusinessHours = hours;
        _weekendsMoveCalendarDayLimits = options.WeekendsMoveCalendarDayLimits;
        // Taken as they are: what changed is only worth working out for a calendar already in use (Load).
        foreach (var schedule in schedules ?? Enumerable.Empty<HolidaySchedule>())
        {
            ArgumentNullException.ThrowIfNull(schedule);
            _snapshot = _snapshot.With(schedule);
        }
    }

    /// <summary>A calendar with the schedules shipped with the platform (2024–2026).</summary>
    public static WorkingDayCalendar WithShippedSchedules(WorkingDayCalendarOptions? options = null) =>
        new(options, HolidayScheduleFile.LoadShipped());

    public TimeZoneInfo TimeZone => BeijingTime.Zone;

    public BusinessHours BusinessHours { get; }

    public IReadOnlyCollection<int> LoadedYears => Current.Years;

    private CalendarSnapshot Current => Volatile.Read(ref _snapshot);

    public HolidaySchedule? ScheduleFor(int year) => Current.ScheduleFor(year);

    public HolidayScheduleChanged Load(HolidaySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        lock (_loadLock)
        {
            var before = _snapshot;
            var after = before.With(schedule);
            var changedDays = ChangedDays(before, after, schedule.Year);
            Volatile.Write(ref _snapshot, after);
            return new HolidayScheduleChanged(schedule.Year, before.ScheduleFor(schedule.Year) is not null, changedDays, schedule.Notice);
        }
    }

    // A loop rather than LINQ over DateOnly, whose generic code the JIT would compile at every start (ADR 0252).
    private static List<DateOnly> ChangedDays(CalendarSnapshot before, CalendarSnapshot after, int year)
    {
        var changed = new List<DateOnly>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            if (StatusDiffers(before.Describe(day), after.Describe(day))) changed.Add(day);
        return changed;
    }

    // Working status drives working-day limits; public-holiday status drives where a calendar-day limit ends.
    private static bool StatusDiffers(WorkingDayInfo before, WorkingDayInfo after) =>
        before.IsWorkingDay != after.IsWorkingDay || before.IsPublicHoliday != after.IsPublicHoliday;

    public bool IsWorkingDay(DateOnly day) => Current.IsWorkingDay(day);

    public WorkingDayInfo DescribeDay(DateOnly day) => Current.Describe(day);

    public DateOnly NextWorkingDay(DateOnly day) => Current.NextWorkingDay(day);

    public DateOnly LocalDay(DateTimeOffset instant) => BeijingTime.DayOf(instant);

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var snapshot = Current;
        var local = ToLocal(from);
        var day = DateOnly.FromDateTime(local);
        if (workingDays == 0)
        {
            // "Within the same working day": today's closing time if that is still ahead, else the next working day's.
            var closesAheadToday = snapshot.IsWorkingDay(day) && TimeOnly.FromDateTime(local) < BusinessHours.End;
            return At(closesAheadToday ? day : snapshot.NextWorkingDay(day), BusinessHours.End);
        }
        for (var i = 0; i < workingDays; i++) day = snapshot.NextWorkingDay(day);
        return At(day, BusinessHours.End);
    }

    public DateTimeOffset AddBusinessHours(DateTimeOffset from, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        var snapshot = Current;
        var local = ToLocal(from);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (!snapshot.IsWorkingDay(day) || time >= BusinessHours.End)
            (day, time) = (snapshot.NextWorkingDay(day), BusinessHours.Start);
        else if (time < BusinessHours.Start)
            time = BusinessHours.Start;

        var remaining = businessTime;
        while (true)
        {
            var leftToday = BusinessHours.End - time;
            if (remaining <= leftToday) return At(day, time.Add(remaining));
            remaining -= leftToday;
            (day, time) = (snapshot.NextWorkingDay(day), BusinessHours.Start);
        }
    }

    public DateTimeOffset AddHalfWorkingDay(DateTimeOffset from) => AddBusinessHours(from, BusinessHours.Length / 2);

    /// <inheritdoc />
    /// <remarks>
    /// Returns the end of the last day as an exclusive instant: 00:00 of the following day (= 24:00 of the last day).
    /// The limit is met by anything before that instant and overdue from it on.
    /// </remarks>
    public DateTimeOffset AddCalendarDays(DateTimeOffset from, int calendarDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calendarDays);
        var snapshot = Current;
        var lastDay = LocalDay(from).AddDays(calendarDays);
        if (_weekendsMoveCalendarDayLimits)
        {
            while (!snapshot.IsWorkingDay(lastDay)) lastDay = lastDay.AddDays(1);
        }
        else
        {
            while (snapshot.Describe(lastDay).Holiday is { } holiday) lastDay = holiday.To.AddDays(1);
        }
        return At(lastDay.AddDays(1), TimeOnly.MinValue);
    }

    public DateTimeOffset SubtractWorkingDays(DateTimeOffset deadline, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var snapshot = Current;
        var local = ToLocal(deadline);
        var day = DateOnly.FromDateTime(local);
        for (var i = 0; i < workingDays; i++) day = snapshot.PreviousWorkingDay(day);
        return At(day, TimeOnly.FromDateTime(local));
    }

    public DateTimeOffset SubtractBusinessHours(DateTimeOffset deadline, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        var snapshot = Current;
        var local = ToLocal(deadline);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        // A deadline outside business hours counts back from the last closing before it.
        if (!snapshot.IsWorkingDay(day) || time <= BusinessHours.Start)
            (day, time) = (snapshot.PreviousWorkingDay(day), BusinessHours.End);
        else if (time > BusinessHours.End)
            time = BusinessHours.End;

        var remaining = businessTime;
        while (true)
        {
            var spentToday = time - BusinessHours.Start;
            if (remaining <= spentToday) return At(day, time.Add(-remaining));
            remaining -= spentToday;
            (day, time) = (snapshot.PreviousWorkingDay(day), BusinessHours.End);
        }
    }

    public TimeSpan BusinessTimeBetween(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start) return TimeSpan.Zero;
        var snapshot = Current;
        var localStart = ToLocal(start);
        var localEnd = ToLocal(end);
        var businessTime = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(localStart); day <= DateOnly.FromDateTime(localEnd); day = day.AddDays(1))
        {
            if (!snapshot.IsWorkingDay(day)) continue;
            var opens = Later(day.ToDateTime(BusinessHours.Start), localStart);
            var closes = Earlier(day.ToDateTime(BusinessHours.End), localEnd);
            if (closes > opens) businessTime += closes - opens;
        }
        return businessTime;
    }

    /// <inheritdoc />
    /// <remarks>Rounded to 2 decimals, midpoint away from zero; negative when <paramref name="end"/> is before <paramref name="start"/>.</remarks>
    public decimal WorkingDaysBetween(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start) return -WorkingDaysBetween(end, start);
        return Math.Round((decimal)BusinessTimeBetween(start, end).Ticks / BusinessHours.Length.Ticks, 2, MidpointRounding.AwayFromZero);
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    private DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    public DateTimeOffset At(DateOnly day, TimeOnly time) => BeijingTime.At(day, time);
}
