using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

/// <summary>An admin loads a new year or amends one at run time; the calendar reports the days that changed.</summary>
public class LoadingSchedulesTests
{
    // Test data, not an official schedule: the 2027 notice is not published yet.
    private static HolidaySchedule Hypothetical2027(params HolidayPeriod[] extraHolidays) => new(
        2027,
        "测试用2027年节假日安排 / test schedule",
        [new HolidayPeriod("元旦", new(2027, 1, 1), new(2027, 1, 3)), .. extraHolidays],
        [new DateOnly(2027, 2, 20)]);

    private static HolidaySchedule Amended2026()
    {
        var shipped = HolidayScheduleFile.LoadShipped().Single(s => s.Year == 2026);
        var holidays = shipped.Holidays
            .Select(h => h.Name == "中秋节" ? h with { To = new DateOnly(2026, 9, 28) } : h);
        return new HolidaySchedule(2026, shipped.Notice + "（修订）", holidays, [.. shipped.MakeUpWorkdays, new DateOnly(2026, 10, 17)]);
    }

    [Fact]
    public void A_year_without_a_schedule_counts_weekdays_as_working_days()
    {
        var calendar = WorkingDayCalendar.WithShippedSchedules();

        var friday = calendar.DescribeDay(new DateOnly(2027, 1, 1));
        friday.ShouldBe(new WorkingDayInfo(new DateOnly(2027, 1, 1), DayKind.Workday, ScheduleLoaded: false, Holiday: null));
        calendar.DescribeDay(new DateOnly(2027, 1, 2)).Kind.ShouldBe(DayKind.Weekend);
        calendar.AddWorkingDays(Beijing.Time("2026-12-31 10:00"), 1).ShouldBeBeijing("2027-01-01 18:00");
        calendar.DescribeDay(new DateOnly(2026, 12, 31)).ScheduleLoaded.ShouldBeTrue();
    }

    [Fact]
    public void A_calendar_without_any_schedule_follows_the_week()
    {
        var calendar = new WorkingDayCalendar();

        calendar.LoadedYears.ShouldBeEmpty();
        calendar.IsWorkingDay(new DateOnly(2024, 10, 1)).ShouldBeTrue();
        calendar.IsWorkingDay(new DateOnly(2024, 2, 18)).ShouldBeFalse();
        calendar.AddCalendarDays(Beijing.Time("2024-08-02 10:00"), 60).ShouldBeBeijing("2024-10-02 00:00");
    }

    [Fact]
    public void Loading_a_new_year_reports_the_days_that_differ_from_the_weekday_assumption()
    {
        var calendar = WorkingDayCalendar.WithShippedSchedules();

        var change = calendar.Load(Hypothetical2027());

        change.Year.ShouldBe(2027);
        change.IsAmendment.ShouldBeFalse();
        change.Notice.ShouldBe("测试用2027年节假日安排 / test schedule");
        // Jan 1 (Fri) stops being a working day; Sat Jan 2 and Sun Jan 3 become public holidays; Sat Feb 20 becomes a workday.
        change.ChangedDays.ShouldBe([new(2027, 1, 1), new(2027, 1, 2), new(2027, 1, 3), new(2027, 2, 20)]);
        calendar.LoadedYears.ShouldBe([2024, 2025, 2026, 2027]);
        calendar.AddWorkingDays(Beijing.Time("2026-12-31 10:00"), 1).ShouldBeBeijing("2027-01-04 18:00");
        calendar.DescribeDay(new DateOnly(2027, 2, 20)).Kind.ShouldBe(DayKind.MakeUpWorkday);
    }

    [Fact]
    public void Amending_a_year_reports_only_the_days_whose_status_changed()
    {
        var calendar = WorkingDayCalendar.WithShippedSchedules();
        var before = calendar.AddWorkingDays(Beijing.Time("2026-09-24 10:00"), 1);

        var change = calendar.Load(Amended2026());

        change.Year.ShouldBe(2026);
        change.IsAmendment.ShouldBeTrue();
        change.ChangedDays.ShouldBe([new(2026, 9, 28), new(2026, 10, 17)]);
        before.ShouldBeBeijing("2026-09-28 18:00");
        calendar.AddWorkingDays(Beijing.Time("2026-09-24 10:00"), 1).ShouldBeBeijing("2026-09-29 18:00");
        calendar.ScheduleFor(2026)!.Notice.ShouldEndWith("（修订）");
    }

    [Fact]
    public void Reloading_the_same_schedule_is_an_amendment_without_changed_days()
    {
        var calendar = WorkingDayCalendar.WithShippedSchedules();

        var change = calendar.Load(HolidayScheduleFile.LoadShipped()[0]);

        change.IsAmendment.ShouldBeTrue();
        change.ChangedDays.ShouldBeEmpty();
    }

    [Fact]
    public void Extending_a_holiday_over_a_weekend_reports_the_weekend_days_for_calendar_day_limits()
    {
        var calendar = WorkingDayCalendar.WithShippedSchedules();
        calendar.Load(Hypothetical2027());

        // Sat–Sun Mar 6–7 stay days off but become a public holiday, which moves calendar-day limits.
        var change = calendar.Load(Hypothetical2027(new HolidayPeriod("测试假日", new(2027, 3, 5), new(2027, 3, 7))));

        change.ChangedDays.ShouldBe([new(2027, 3, 5), new(2027, 3, 6), new(2027, 3, 7)]);
        calendar.AddCalendarDays(Beijing.Time("2027-03-05 10:00"), 1).ShouldBeBeijing("2027-03-09 00:00");
    }

    [Fact]
    public void Readers_see_either_the_old_or_the_new_schedule_while_a_year_is_reloaded()
    {
        var calendar = WorkingDayCalendar.WithShippedSchedules();
        var shipped2026 = calendar.ScheduleFor(2026)!;
        var amended2026 = Amended2026();
        string[] possible = ["2026-09-28 18:00", "2026-09-29 18:00"];

        Parallel.For(0, 2_000, i =>
        {
            if (i % 10 == 0) calendar.Load(i % 20 == 0 ? amended2026 : shipped2026);
            var due = calendar.AddWorkingDays(Beijing.Time("2026-09-24 10:00"), 1);
            possible.Select(Beijing.Time).ShouldContain(due);
        });
    }
}
