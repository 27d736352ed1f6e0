using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

/// <summary>Calendar-day limits end at 24:00 of the last day, returned as 00:00 of the following day (exclusive end).</summary>
public class AddCalendarDaysTests
{
    private readonly IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    [Theory]
    [InlineData("2024-03-01 16:20", 60, "2024-05-01 00:00")] // last day Tue Apr 30
    [InlineData("2024-03-01 00:00", 60, "2024-05-01 00:00")]
    [InlineData("2024-03-01 23:59", 60, "2024-05-01 00:00")]
    [InlineData("2024-06-03 10:00", 1, "2024-06-05 00:00")]
    [InlineData("2024-06-01 10:00", 15, "2024-06-17 00:00")] // last day an ordinary Sunday: not moved by default
    [InlineData("2024-09-12 10:00", 30, "2024-10-13 00:00")] // last day Sat Oct 12, a make-up workday
    public void Last_day_ends_at_24_00(string from, int days, string expected)
    {
        _calendar.AddCalendarDays(Beijing.Time(from), days).ShouldBeBeijing(expected);
    }

    [Theory]
    [InlineData("2024-08-02 10:00", 60, "2024-10-09 00:00")] // Oct 1 → after 国庆节 Oct 1–7 → Oct 8
    [InlineData("2024-09-02 10:00", 15, "2024-09-19 00:00")] // Sep 17 → after 中秋节 Sep 15–17 → Sep 18
    [InlineData("2026-05-21 10:00", 30, "2026-06-23 00:00")] // Sat Jun 20 → after 端午节 Jun 19–21 → Mon Jun 22
    [InlineData("2025-12-02 10:00", 30, "2026-01-05 00:00")] // Jan 1 2026 → after 元旦 Jan 1–3 → Sun Jan 4
    [InlineData("2024-01-17 10:00", 30, "2024-02-19 00:00")] // Feb 16 → after 春节 Feb 10–17 → Sun Feb 18
    public void Last_day_on_a_public_holiday_moves_to_the_day_after_the_holiday(string from, int days, string expected)
    {
        _calendar.AddCalendarDays(Beijing.Time(from), days).ShouldBeBeijing(expected);
    }

    [Theory]
    [InlineData("2024-06-03 10:00", "2024-06-04 00:00")]
    [InlineData("2024-10-03 10:00", "2024-10-09 00:00")] // event on a holiday: its own day is the last day, moved
    public void Zero_days_ends_with_the_event_day(string from, string expected)
    {
        _calendar.AddCalendarDays(Beijing.Time(from), 0).ShouldBeBeijing(expected);
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => _calendar.AddCalendarDays(Beijing.Time("2024-06-03 10:00"), -1));
    }

    [Theory]
    [InlineData("2024-06-01 10:00", 15, "2024-06-18 00:00")] // Sun Jun 16 → Mon Jun 17
    [InlineData("2024-08-02 10:00", 60, "2024-10-09 00:00")] // holiday still moves to Oct 8
    [InlineData("2024-06-06 10:00", 2, "2024-06-12 00:00")] // Sat Jun 8, Sun 9, Mon 10 端午节 → Tue Jun 11
    [InlineData("2024-09-12 10:00", 30, "2024-10-13 00:00")] // make-up Saturday is a working day: not moved
    public void Optionally_any_day_off_moves_the_last_day_to_the_next_working_day(string from, int days, string expected)
    {
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions { WeekendsMoveCalendarDayLimits = true }, HolidayScheduleFile.LoadShipped());
        calendar.AddCalendarDays(Beijing.Time(from), days).ShouldBeBeijing(expected);
    }

    [Fact]
    public void By_default_an_ordinary_weekend_before_a_holiday_does_not_move_the_last_day()
    {
        // Sat 2024-06-08 is an ordinary weekend day (the 2024 notice lists only Mon Jun 10 as 端午节).
        _calendar.AddCalendarDays(Beijing.Time("2024-06-06 10:00"), 2).ShouldBeBeijing("2024-06-09 00:00");
    }
}
