namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>Configurable defaults of platform rule 3.</summary>
public sealed class WorkingDayCalendarOptions
{
    public BusinessHours BusinessHours { get; set; } = new();

    /// <summary>
    /// When true, a calendar-day limit whose last day is any day off (an ordinary weekend too) moves to the next
    /// working day. Default false: only a public holiday moves it, to the day after the holiday (Civil Code art. 203).
    /// </summary>
    public bool WeekendsMoveCalendarDayLimits { get; set; }
}
