using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Platform.Calendar;

/// <summary>The schedule of one year as the platform holds it: one event stream per year, snapshotted inline.</summary>
public sealed class HolidayScheduleRecord
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public string Notice { get; set; } = "";
    public IReadOnlyList<HolidayPeriod> Holidays { get; set; } = [];
    public IReadOnlyList<DateOnly> MakeUpWorkdays { get; set; } = [];
    public int Version { get; set; }

    public void Apply(HolidayScheduleLoaded loaded)
    {
        Year = loaded.Year;
        Notice = loaded.Notice;
        Holidays = loaded.Holidays;
        MakeUpWorkdays = loaded.MakeUpWorkdays;
    }

    public HolidaySchedule ToSchedule() => new(Year, Notice, Holidays, MakeUpWorkdays);

    /// <summary>Stream id of a year's schedule: derived from the year, so every node finds the same stream.</summary>
    public static Guid StreamIdFor(int year) =>
        DerivedIds.FromName($"nanchuan:holiday-schedule:{year}");
}
