namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>What the schedule makes of a day.</summary>
public enum DayKind
{
    /// <summary>An ordinary Monday–Friday workday.</summary>
    Workday,

    /// <summary>An ordinary Saturday or Sunday off.</summary>
    Weekend,

    /// <summary>A day inside a public holiday (放假), whatever its weekday.</summary>
    PublicHoliday,

    /// <summary>A weekend day declared a workday (调休上班).</summary>
    MakeUpWorkday,
}
