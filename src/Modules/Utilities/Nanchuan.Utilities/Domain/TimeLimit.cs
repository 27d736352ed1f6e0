using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Utilities.Domain;

public enum LimitUnit
{
    /// <summary>工作日: ends 18:00 on the N-th working day after the start's day.</summary>
    WorkingDays,

    /// <summary>日 (calendar days): the start's day not counted, ends 24:00, a last day on a public holiday moves past it.</summary>
    CalendarDays,
}

/// <summary>A time limit of the plan, e.g. 4 working days or 60 days.</summary>
public sealed record TimeLimit(int Count, LimitUnit Unit)
{
    public static TimeLimit WorkingDays(int count) => new(count, LimitUnit.WorkingDays);

    public static TimeLimit CalendarDays(int count) => new(count, LimitUnit.CalendarDays);

    public DateTimeOffset DueFrom(IWorkingDayCalendar calendar, DateTimeOffset start) =>
        Unit == LimitUnit.WorkingDays ? calendar.AddWorkingDays(start, Count) : calendar.AddCalendarDays(start, Count);

    public string Label => Unit == LimitUnit.WorkingDays ? $"{Count}个工作日" : $"{Count}日";
}
