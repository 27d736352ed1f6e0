using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

/// <summary>The day and month an instant counts in are Beijing's: the UTC evening of the last day of a month is already the next month's first day.</summary>
public class BeijingTimeTests
{
    private static readonly DateTimeOffset NewYearInBeijing = new(2024, 12, 31, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_instant_from_16_00_UTC_on_counts_in_the_next_Beijing_day_and_month()
    {
        BeijingTime.DayOf(NewYearInBeijing).ShouldBe(new DateOnly(2025, 1, 1));
        BeijingTime.MonthOf(NewYearInBeijing).ShouldBe("2025-01");
        Quarter.Of(NewYearInBeijing).ShouldBe(new Quarter(2025, 1));

        var lastTickOfTheYear = NewYearInBeijing.AddTicks(-1);
        BeijingTime.DayOf(lastTickOfTheYear).ShouldBe(new DateOnly(2024, 12, 31));
        BeijingTime.MonthOf(lastTickOfTheYear).ShouldBe("2024-12");
        Quarter.Of(lastTickOfTheYear).ShouldBe(new Quarter(2024, 4));
    }

    [Fact]
    public void A_Beijing_time_is_that_instant_with_the_plus_eight_offset_and_the_calendar_answers_the_same()
    {
        BeijingTime.At(new DateOnly(2025, 1, 1), TimeOnly.MinValue).ShouldBeBeijing("2025-01-01 00:00");
        BeijingTime.At(new DateOnly(2025, 1, 1), TimeOnly.MinValue).ShouldBe(NewYearInBeijing);

        var calendar = ShippedCalendar.Instance;
        calendar.TimeZone.ShouldBeSameAs(BeijingTime.Zone);
        calendar.LocalDay(NewYearInBeijing.AddTicks(-1)).ShouldBe(BeijingTime.DayOf(NewYearInBeijing.AddTicks(-1)));
    }
}
