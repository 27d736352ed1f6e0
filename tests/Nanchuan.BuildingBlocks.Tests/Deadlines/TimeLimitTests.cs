using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Tests.Calendar;
using static Nanchuan.BuildingBlocks.Tests.Calendar.Beijing;

namespace Nanchuan.BuildingBlocks.Tests.Deadlines;

/// <summary>The four kinds of limit of platform rule 3, across the 2025 National Day holiday (Oct 1–8 off, Sun Sep 28 and Sat Oct 11 worked).</summary>
public sealed class TimeLimitTests
{
    private readonly Nanchuan.BuildingBlocks.Calendar.IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    [Theory]
    [InlineData("2025-09-30 10:00", 1, "2025-10-09 18:00")] // the holiday's eight days do not count
    [InlineData("2025-09-26 10:00", 2, "2025-09-29 18:00")] // Sun Sep 28 is a make-up workday
    [InlineData("2025-10-09 10:00", 2, "2025-10-11 18:00")] // Sat Oct 11 is a make-up workday
    public void Working_days_end_at_closing_of_the_nth_working_day(string from, int days, string due) =>
        TimeLimit.WorkingDays(days).DueFrom(_calendar, Time(from)).ShouldBeBeijing(due);

    [Fact]
    public void A_half_day_is_four_hours_forty_five_of_business_time_across_the_holiday() =>
        TimeLimit.HalfDays(1).DueFrom(_calendar, Time("2025-09-30 15:00")).ShouldBeBeijing("2025-10-09 10:15");

    [Fact]
    public void Working_days_with_a_half_add_half_a_business_day_after_the_whole_days() =>
        // Mon Sep 29 → 2 working days end Thu Oct 9 18:00 → 4 h 45 min more end Fri Oct 10 13:15.
        TimeLimit.InWorkingDays(2.5m).DueFrom(_calendar, Time("2025-09-29 10:00")).ShouldBeBeijing("2025-10-10 13:15");

    [Fact]
    public void Business_hours_count_only_opening_time() =>
        TimeLimit.BusinessHours(TimeSpan.FromHours(2)).DueFrom(_calendar, Time("2025-09-30 17:00")).ShouldBeBeijing("2025-10-09 09:30");

    [Fact]
    public void A_calendar_day_limit_ending_in_the_holiday_moves_past_it_and_ends_at_24_00() =>
        // Fri Sep 26 + 7 days = Fri Oct 3, a public holiday → the last day is Thu Oct 9, ending 24:00 (= Oct 10 00:00).
        TimeLimit.CalendarDays(7).DueFrom(_calendar, Time("2025-09-26 10:00")).ShouldBeBeijing("2025-10-10 00:00");

    [Theory]
    [InlineData(0.5, DeadlineKind.HalfDays, "0.5个工作日")]
    [InlineData(3, DeadlineKind.WorkingDays, "3个工作日")]
    [InlineData(2.5, DeadlineKind.WorkingDays, "2.5个工作日")]
    public void A_promised_limit_in_working_days_is_whole_or_half_days(decimal days, DeadlineKind kind, string label)
    {
        var limit = TimeLimit.InWorkingDays(days);
        limit.Kind.ShouldBe(kind);
        limit.Label.ShouldBe(label);
    }

    [Fact]
    public void Other_fractions_and_negative_limits_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TimeLimit.InWorkingDays(1.25m));
        Should.Throw<ArgumentOutOfRangeException>(() => TimeLimit.CalendarDays(-1));
    }

    [Fact]
    public void Labels_say_the_limit_as_the_spec_does()
    {
        TimeLimit.CalendarDays(60).Label.ShouldBe("60日");
        TimeLimit.BusinessHours(TimeSpan.FromMinutes(90)).Label.ShouldBe("1.5个工作小时");
    }
}
