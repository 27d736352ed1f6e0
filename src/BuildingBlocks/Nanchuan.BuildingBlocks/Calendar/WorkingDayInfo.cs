namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// A day as the calendar sees it. <see cref="ScheduleLoaded"/> is false for a year without an official schedule:
/// then weekdays count as working days and weekends as days off, and the platform flags the deadline as provisional.
/// </summary>
public sealed record WorkingDayInfo(DateOnly Day, DayKind Kind, bool ScheduleLoaded, HolidayPeriod? Holiday)
{
    public bool IsWorkingDay => Kind is DayKind.Workday or DayKind.MakeUpWorkday;

    public bool IsPublicHoliday => Kind is DayKind.PublicHoliday;
}
