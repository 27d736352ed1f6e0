using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Deadlines;

/// <summary>
/// A time limit of a case (e.g. 3 working days, 0.5 day, 60 days): the one way a module states a deadline. The due time is
/// always computed by the working-day calendar from the moment the clock started.
/// </summary>
/// <param name="Kind">How it is counted.</param>
/// <param name="Amount">Working days (whole or with a half: 2.5), half days, business hours, or calendar days, per <paramref name="Kind"/>.</param>
public sealed record TimeLimit(DeadlineKind Kind, decimal Amount)
{
    public static TimeLimit WorkingDays(int days) => new(DeadlineKind.WorkingDays, NotNegative(days));

    public static TimeLimit HalfDays(int halfDays) => new(DeadlineKind.HalfDays, NotNegative(halfDays));

    public static TimeLimit BusinessHours(TimeSpan duration) => new(DeadlineKind.BusinessHours, NotNegative((decimal)duration.TotalHours));

    public static TimeLimit CalendarDays(int days) => new(DeadlineKind.CalendarDays, NotNegative(days));

    /// <summary>A limit stated in working days that may end in a half (a catalogue's promised limit): 0.5 is one half day, 2.5 two working days and a half.</summary>
    public static TimeLimit InWorkingDays(decimal days)
    {
        NotNegative(days);
        if (decimal.Truncate(days * 2) != days * 2)
            throw new ArgumentOutOfRangeException(nameof(days), days, "工作日时限只能是整日或半日 / a working-day limit is whole or half days.");
        return days == 0.5m ? HalfDays(1) : new TimeLimit(DeadlineKind.WorkingDays, days);
    }

    /// <summary>The due instant (Asia/Shanghai) of this limit counted from <paramref name="start"/>.</summary>
    public DateTimeOffset DueFrom(IWorkingDayCalendar calendar, DateTimeOffset start)
    {
        var halfDay = calendar.BusinessHours.Length / 2;
        switch (Kind)
        {
            case DeadlineKind.WorkingDays:
                var whole = (int)decimal.Truncate(Amount);
                if (whole == Amount) return calendar.AddWorkingDays(start, whole);
                return calendar.AddBusinessHours(whole == 0 ? start : calendar.AddWorkingDays(start, whole), halfDay);
            case DeadlineKind.HalfDays:
                return calendar.AddBusinessHours(start, halfDay * (double)Amount);
            case DeadlineKind.BusinessHours:
                return calendar.AddBusinessHours(start, TimeSpan.FromHours((double)Amount));
            default:
                return calendar.AddCalendarDays(start, (int)Amount);
        }
    }

    /// <summary>The limit as the spec words it, e.g. "3个工作日", "0.5个工作日", "60日".</summary>
    public string Label => Kind switch
    {
        DeadlineKind.WorkingDays => $"{Amount:0.#}个工作日",
        DeadlineKind.HalfDays => $"{Amount / 2:0.#}个工作日",
        DeadlineKind.BusinessHours => $"{Amount:0.##}个工作小时",
        _ => $"{Amount:0}日",
    };

    private static T NotNegative<T>(T value) where T : System.Numerics.INumber<T>
    {
        if (T.IsNegative(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "时限不能为负 / a time limit cannot be negative.");
        return value;
    }
}
