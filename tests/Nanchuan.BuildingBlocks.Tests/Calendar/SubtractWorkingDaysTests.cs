namespace Nanchuan.BuildingBlocks.Tests.Calendar;

public class SubtractWorkingDaysTests
{
    private readonly Nanchuan.BuildingBlocks.Calendar.IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    [Theory]
    [InlineData("2024-02-18 18:00", 1, "2024-02-09 18:00")] // over the Spring Festival
    [InlineData("2024-05-11 18:00", 1, "2024-05-10 18:00")] // from a make-up Saturday
    [InlineData("2024-05-06 18:00", 1, "2024-04-30 18:00")] // over 劳动节 May 1–5
    [InlineData("2024-10-08 18:00", 1, "2024-09-30 18:00")]
    [InlineData("2024-10-08 18:00", 2, "2024-09-29 18:00")] // Sun Sep 29 make-up
    [InlineData("2024-10-08 18:00", 3, "2024-09-27 18:00")]
    [InlineData("2026-01-04 18:00", 1, "2025-12-31 18:00")] // over New Year 2026
    [InlineData("2024-06-04 13:15", 1, "2024-06-03 13:15")] // time of day kept
    [InlineData("2024-05-01 00:00", 1, "2024-04-30 00:00")] // exclusive end of a calendar-day limit
    [InlineData("2024-06-04 13:15", 0, "2024-06-04 13:15")]
    public void Same_time_on_the_nth_working_day_before(string deadline, int days, string expected)
    {
        _calendar.SubtractWorkingDays(Beijing.Time(deadline), days).ShouldBeBeijing(expected);
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => _calendar.SubtractWorkingDays(Beijing.Time("2024-06-03 10:00"), -1));
    }
}
