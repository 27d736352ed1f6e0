using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.DemoData.Seeding;

/// <summary>
/// The seeded month in Beijing time: the <see cref="Days"/> calendar days ending at <see cref="End"/>, and its working days by the
/// platform's working-day calendar (holidays and 调休 working weekends of the loaded years).
/// </summary>
internal sealed class Month
{
    public const int Days = 30;

    public Month(IWorkingDayCalendar calendar, DateTimeOffset end)
    {
        Calendar = calendar;
        End = end;
        Start = end.AddDays(-Days);
        var last = calendar.LocalDay(end);
        WorkingDays = Enumerable.Range(0, Days + 1).Select(i => last.AddDays(i - Days)).Where(calendar.IsWorkingDay).ToList();
    }

    public IWorkingDayCalendar Calendar { get; }
    public DateTimeOffset Start { get; }
    public DateTimeOffset End { get; }
    public IReadOnlyList<DateOnly> WorkingDays { get; }

    /// <summary>A local time of a day in Beijing.</summary>
    public DateTimeOffset On(DateOnly day, int hour, int minute = 0) => Calendar.At(day, new TimeOnly(hour, minute));

    /// <summary>A local time of the month's working day number <paramref name="index"/> (0 = the first); past the last, a moment after the month.</summary>
    public DateTimeOffset WorkingDay(int index, int hour, int minute = 0) =>
        index < WorkingDays.Count ? On(WorkingDays[Math.Max(0, index)], hour, minute) : DateTimeOffset.MaxValue;

    /// <summary>The working day <paramref name="workingDays"/> after the day of <paramref name="from"/>, at a local time.</summary>
    public DateTimeOffset After(DateTimeOffset from, int workingDays, int hour, int minute = 0)
    {
        if (from == DateTimeOffset.MaxValue) return from;
        var day = Calendar.LocalDay(from);
        var index = WorkingDays.ToList().FindIndex(d => d >= day);
        return index < 0 ? DateTimeOffset.MaxValue : WorkingDay(index + workingDays, hour, minute);
    }

    /// <summary>The same moment a number of minutes later.</summary>
    public static DateTimeOffset Later(DateTimeOffset from, int minutes) => from == DateTimeOffset.MaxValue ? from : from.AddMinutes(minutes);
}
