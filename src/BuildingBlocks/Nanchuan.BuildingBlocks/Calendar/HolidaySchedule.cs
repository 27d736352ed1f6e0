using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// The State Council holiday schedule of one year (国务院办公厅关于部分节假日安排的通知): public holidays
/// and make-up workdays (调休上班). Always valid: the constructor rejects a schedule that breaks
/// any rule with a <see cref="DomainValidationException"/> listing every problem.
/// </summary>
/// <remarks>
/// Every date must lie inside <see cref="Year"/>. A notice whose period straddles New Year is entered
/// as two parts, each in the file of its own year, so that loading one year never changes another.
/// </remarks>
public sealed record HolidaySchedule
{
    public HolidaySchedule(int year, string notice, IEnumerable<HolidayPeriod> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        HolidayPeriod[] givenHolidays = [.. holidays];
        DateOnly[] givenMakeUpWorkdays = [.. makeUpWorkdays];
        var errors = HolidayScheduleRules.Check(year, notice, givenHolidays, givenMakeUpWorkdays);
        if (errors.Count > 0) throw new DomainValidationException(errors);
        Year = year;
        Notice = notice;
        // Sorted in place rather than by LINQ's OrderBy over DateOnly keys, whose generic code the JIT would compile at every
        // start (ADR 0252). No two holidays start on the same day (the rules refuse overlaps), so the sort's order is the dates'.
        Array.Sort(givenHolidays, (a, b) => a.From.CompareTo(b.From));
        Array.Sort(givenMakeUpWorkdays);
        Holidays = [.. givenHolidays];
        MakeUpWorkdays = [.. givenMakeUpWorkdays];
    }

    public int Year { get; }

    /// <summary>Title (and number or date) of the State Council notice the schedule comes from.</summary>
    public string Notice { get; }

    /// <summary>Public holidays, ordered by first day.</summary>
    public IReadOnlyList<HolidayPeriod> Holidays { get; }

    /// <summary>Weekend days declared workdays (调休上班), in order.</summary>
    public IReadOnlyList<DateOnly> MakeUpWorkdays { get; }
}
