using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

public class AddWorkingDaysTests
{
    private readonly IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    [Theory]
    [InlineData("2024-06-03 10:00", 1, "2024-06-04 18:00")] // Mon → Tue
    [InlineData("2024-06-07 10:00", 1, "2024-06-11 18:00")] // Fri → weekend, Mon Jun 10 端午节 → Tue
    [InlineData("2024-09-27 10:00", 10, "2024-10-16 18:00")] // Sun Sep 29 make-up, Oct 1–7 off, Sat Oct 12 make-up
    [InlineData("2024-10-03 10:00", 1, "2024-10-08 18:00")] // event during the holiday
    [InlineData("2024-10-03 10:00", 5, "2024-10-12 18:00")] // 8, 9, 10, 11, Sat 12 (make-up)
    [InlineData("2025-09-26 10:00", 2, "2025-09-29 18:00")] // Sun Sep 28 make-up, Mon Sep 29
    [InlineData("2025-09-30 10:00", 1, "2025-10-09 18:00")] // Oct 1–8 国庆节、中秋节
    [InlineData("2026-02-13 10:00", 1, "2026-02-14 18:00")] // Sat Feb 14 make-up
    [InlineData("2026-02-13 10:00", 2, "2026-02-24 18:00")] // Feb 15–23 春节
    [InlineData("2026-02-27 10:00", 1, "2026-02-28 18:00")] // Sat Feb 28 make-up
    public void Ends_at_18_00_on_the_nth_working_day_after_the_event_day(string from, int days, string expected)
    {
        _calendar.AddWorkingDays(Beijing.Time(from), days).ShouldBeBeijing(expected);
    }

    [Theory]
    [InlineData("2025-12-31 10:00", 1, "2026-01-04 18:00")] // Jan 1–3 off, Sun Jan 4 make-up
    [InlineData("2025-12-31 10:00", 2, "2026-01-05 18:00")]
    [InlineData("2025-12-30 10:00", 1, "2025-12-31 18:00")]
    [InlineData("2024-12-31 10:00", 1, "2025-01-02 18:00")] // Jan 1 2025 off
    [InlineData("2023-12-29 10:00", 1, "2024-01-02 18:00")] // 2023 has no schedule: weekend + Jan 1 2024 off
    public void Crosses_year_boundaries(string from, int days, string expected)
    {
        _calendar.AddWorkingDays(Beijing.Time(from), days).ShouldBeBeijing(expected);
    }

    [Theory]
    [InlineData("2024-02-09 00:00")]
    [InlineData("2024-02-09 07:59")]
    [InlineData("2024-02-09 17:59")]
    [InlineData("2024-02-09 18:00")]
    [InlineData("2024-02-09 23:59")]
    public void Time_of_day_of_the_event_does_not_matter(string from)
    {
        _calendar.AddWorkingDays(Beijing.Time(from), 1).ShouldBeBeijing("2024-02-18 18:00");
    }

    [Fact]
    public void The_event_day_is_the_Shanghai_day_whatever_the_offset_of_the_input()
    {
        // 2024-02-08 17:30 UTC is Fri 2024-02-09 01:30 in Shanghai.
        var result = _calendar.AddWorkingDays(new DateTimeOffset(2024, 2, 8, 17, 30, 0, TimeSpan.Zero), 1);
        result.ShouldBeBeijing("2024-02-18 18:00");
    }

    [Theory]
    [InlineData("2024-06-03 07:00", "2024-06-03 18:00")] // before opening: today
    [InlineData("2024-06-03 10:00", "2024-06-03 18:00")]
    [InlineData("2024-06-03 17:59", "2024-06-03 18:00")]
    [InlineData("2024-06-03 18:00", "2024-06-04 18:00")] // closed: next working day
    [InlineData("2024-06-03 19:00", "2024-06-04 18:00")]
    [InlineData("2024-06-08 10:00", "2024-06-11 18:00")] // Saturday, then Mon Jun 10 端午节
    public void Zero_working_days_means_the_same_working_day(string from, string expected)
    {
        _calendar.AddWorkingDays(Beijing.Time(from), 0).ShouldBeBeijing(expected);
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(Beijing.Time("2024-06-03 10:00"), -1));
    }

    [Theory]
    [InlineData("2024-02-09", "2024-02-18")]
    [InlineData("2025-12-31", "2026-01-04")]
    [InlineData("2024-06-07", "2024-06-11")]
    public void Next_working_day_skips_days_off(string day, string expected)
    {
        _calendar.NextWorkingDay(Beijing.Day(day)).ShouldBe(Beijing.Day(expected));
    }

    [Fact]
    public void Local_day_of_an_instant_is_its_Shanghai_date()
    {
        _calendar.LocalDay(new DateTimeOffset(2024, 12, 31, 16, 0, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2025, 1, 1));
        _calendar.TimeZone.Id.ShouldBe("Asia/Shanghai");
    }

    [Fact]
    public void A_Shanghai_time_on_a_day_is_that_instant_with_the_zones_offset()
    {
        var midnight = _calendar.At(new DateOnly(2025, 1, 1), TimeOnly.MinValue);

        midnight.ShouldBe(new DateTimeOffset(2024, 12, 31, 16, 0, 0, TimeSpan.Zero));
        midnight.Offset.ShouldBe(TimeSpan.FromHours(8));
        _calendar.LocalDay(midnight).ShouldBe(new DateOnly(2025, 1, 1));
        _calendar.LocalDay(midnight.AddTicks(-1)).ShouldBe(new DateOnly(2024, 12, 31));
    }
}
