using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

public class BusinessHoursOptionsTests
{
    private static WorkingDayCalendar CalendarOpen(int startHour, int endHour) => new(
        new WorkingDayCalendarOptions { BusinessHours = new BusinessHours { Start = new(startHour, 0), End = new(endHour, 0) } },
        HolidayScheduleFile.LoadShipped());

    [Fact]
    public void Defaults_are_08_30_to_18_00()
    {
        var hours = WorkingDayCalendar.WithShippedSchedules().BusinessHours;
        hours.Start.ShouldBe(new TimeOnly(8, 30));
        hours.End.ShouldBe(new TimeOnly(18, 0));
        hours.Length.ShouldBe(new TimeSpan(9, 30, 0));
    }

    [Fact]
    public void Working_day_limits_end_at_the_configured_closing_time()
    {
        CalendarOpen(9, 17).AddWorkingDays(Beijing.Time("2024-02-09 10:00"), 1).ShouldBeBeijing("2024-02-18 17:00");
    }

    [Fact]
    public void Half_day_is_half_of_the_configured_business_day()
    {
        var calendar = CalendarOpen(9, 17);
        calendar.AddHalfWorkingDay(Beijing.Time("2024-06-03 15:00")).ShouldBeBeijing("2024-06-04 11:00"); // 2 h + 2 h
        calendar.AddHalfWorkingDay(Beijing.Time("2024-06-03 08:00")).ShouldBeBeijing("2024-06-03 13:00");
        calendar.WorkingDaysBetween(Beijing.Time("2024-06-03 09:00"), Beijing.Time("2024-06-03 13:00")).ShouldBe(0.5m);
    }

    [Theory]
    [InlineData(18, 8)]
    [InlineData(9, 9)]
    public void Business_hours_must_start_before_they_end(int startHour, int endHour)
    {
        var error = Should.Throw<ArgumentException>(() => CalendarOpen(startHour, endHour));
        error.Message.ShouldContain("营业时间");
        error.Message.ShouldContain("business hours must start");
    }
}
