namespace Nanchuan.BuildingBlocks.Tests.Calendar;

public class WorkingDaysBetweenTests
{
    private readonly Nanchuan.BuildingBlocks.Calendar.IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    [Theory]
    [InlineData("2024-06-03 08:30", "2024-06-03 18:00", "1")]
    [InlineData("2024-06-03 10:00", "2024-06-03 14:45", "0.5")]
    [InlineData("2024-06-03 16:00", "2024-06-04 11:15", "0.5")]
    [InlineData("2024-06-03 00:00", "2024-06-03 23:59", "1")] // outside hours counts nothing
    [InlineData("2024-06-03 18:00", "2024-06-04 08:30", "0")]
    [InlineData("2024-06-03 08:30", "2024-06-10 08:30", "5")] // Mon–Fri; weekend and Mon 端午节 count nothing
    [InlineData("2024-02-09 09:00", "2024-02-18 18:00", "1.95")] // 9 h + 9 h 30 over the Spring Festival = 1.947…
    [InlineData("2024-10-01 00:00", "2024-10-07 23:59", "0")]
    [InlineData("2024-06-03 09:00", "2024-06-03 09:05", "0.01")] // 5 min / 570 min = 0.0088
    [InlineData("2024-06-03 14:45", "2024-06-03 10:00", "-0.5")] // reversed
    public void Business_time_in_business_days(string start, string end, string expected)
    {
        _calendar.WorkingDaysBetween(Beijing.Time(start), Beijing.Time(end)).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2024-02-09 15:00")]
    [InlineData("2024-09-14 16:00")]
    [InlineData("2025-12-31 16:00")]
    public void A_half_day_deadline_is_half_a_working_day_away(string from)
    {
        var start = Beijing.Time(from);
        _calendar.WorkingDaysBetween(start, _calendar.AddHalfWorkingDay(start)).ShouldBe(0.5m);
    }
}
