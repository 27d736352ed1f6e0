using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

public class AddBusinessHoursTests
{
    private readonly IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    [Theory]
    [InlineData("2024-06-03 10:00", "2024-06-03 14:45")]
    [InlineData("2024-06-03 13:15", "2024-06-03 18:00")] // ends exactly at closing: stays that day
    [InlineData("2024-06-03 15:00", "2024-06-04 10:15")]
    [InlineData("2024-06-03 16:00", "2024-06-04 11:15")] // 2 h today, 2 h 45 min tomorrow
    [InlineData("2024-06-03 07:00", "2024-06-03 13:15")] // before opening: clock starts 08:30 today
    [InlineData("2024-06-03 18:00", "2024-06-04 13:15")] // at closing: clock starts next opening
    [InlineData("2024-06-03 22:00", "2024-06-04 13:15")]
    [InlineData("2024-06-08 10:00", "2024-06-11 13:15")] // Saturday, Mon Jun 10 端午节
    public void Half_working_day(string from, string expected)
    {
        _calendar.AddHalfWorkingDay(Beijing.Time(from)).ShouldBeBeijing(expected);
    }

    [Theory]
    [InlineData("2024-02-09 15:00", "2024-02-18 10:15")] // Spring Festival, Sun Feb 18 make-up
    [InlineData("2024-09-13 15:00", "2024-09-14 10:15")] // Sat Sep 14 make-up
    [InlineData("2024-09-14 16:00", "2024-09-18 11:15")] // from the make-up Saturday over Sep 15–17
    [InlineData("2024-02-12 10:00", "2024-02-18 13:15")] // event inside the holiday
    [InlineData("2025-12-31 16:00", "2026-01-04 11:15")] // across New Year 2026
    public void Half_working_day_across_holidays(string from, string expected)
    {
        _calendar.AddHalfWorkingDay(Beijing.Time(from)).ShouldBeBeijing(expected);
    }

    [Fact]
    public void Two_full_business_days_from_opening_end_at_closing_of_the_second_day()
    {
        _calendar.AddBusinessHours(Beijing.Time("2024-06-03 08:30"), TimeSpan.FromHours(19)).ShouldBeBeijing("2024-06-04 18:00");
    }

    [Theory]
    [InlineData("2024-06-03 10:00", "2024-06-03 10:00")]
    [InlineData("2024-06-08 10:00", "2024-06-11 08:30")]
    public void Zero_duration_gives_the_moment_the_clock_starts(string from, string expected)
    {
        _calendar.AddBusinessHours(Beijing.Time(from), TimeSpan.Zero).ShouldBeBeijing(expected);
    }

    [Fact]
    public void Input_in_another_offset_gives_a_Shanghai_result()
    {
        // 02:00 UTC = 10:00 in Shanghai.
        _calendar.AddHalfWorkingDay(new DateTimeOffset(2024, 6, 3, 2, 0, 0, TimeSpan.Zero)).ShouldBeBeijing("2024-06-03 14:45");
    }

    [Fact]
    public void Negative_durations_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => _calendar.AddBusinessHours(Beijing.Time("2024-06-03 10:00"), TimeSpan.FromMinutes(-1)));
    }
}
