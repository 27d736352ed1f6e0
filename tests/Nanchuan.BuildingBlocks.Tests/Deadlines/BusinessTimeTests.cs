using Nanchuan.BuildingBlocks.Tests.Calendar;
using static Nanchuan.BuildingBlocks.Tests.Calendar.Beijing;

namespace Nanchuan.BuildingBlocks.Tests.Deadlines;

/// <summary>The calendar's business-time arithmetic the deadline rules build on (warning leads, paused time).</summary>
public sealed class BusinessTimeTests
{
    private readonly Nanchuan.BuildingBlocks.Calendar.IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    [Theory]
    [InlineData("2025-10-09 10:15", 60, "2025-10-09 09:15")]
    [InlineData("2025-10-09 09:00", 60, "2025-09-30 17:30")] // back over the National Day holiday
    [InlineData("2025-10-09 08:30", 30, "2025-09-30 17:30")] // from an opening: the last closing before it
    [InlineData("2025-10-12 10:00", 30, "2025-10-11 17:30")] // from a Sunday: make-up Saturday Oct 11
    [InlineData("2025-05-13 18:00", 0, "2025-05-13 18:00")]
    public void Business_hours_counted_back_from_a_deadline(string deadline, int minutes, string expected) =>
        _calendar.SubtractBusinessHours(Time(deadline), TimeSpan.FromMinutes(minutes)).ShouldBeBeijing(expected);

    [Fact]
    public void Business_time_between_two_instants_skips_nights_weekends_and_holidays()
    {
        _calendar.BusinessTimeBetween(Time("2025-09-30 17:00"), Time("2025-10-09 09:30")).ShouldBe(TimeSpan.FromHours(2));
        _calendar.BusinessTimeBetween(Time("2025-05-09 16:00"), Time("2025-05-12 10:00")).ShouldBe(TimeSpan.FromHours(3.5));
        _calendar.BusinessTimeBetween(Time("2025-05-12 10:00"), Time("2025-05-09 16:00")).ShouldBe(TimeSpan.Zero);
    }
}
