using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Tests.Calendar;
using static Nanchuan.BuildingBlocks.Tests.Calendar.Beijing;

namespace Nanchuan.BuildingBlocks.Tests.Deadlines;

/// <summary>On time, firing, recomputing and pausing, on the real 2025 calendar.</summary>
public sealed class DeadlineRulesTests
{
    private readonly Nanchuan.BuildingBlocks.Calendar.IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    /// <summary>3 working days from Thu 2025-05-08 10:00: Fri 9, Mon 12, Tue 13 → due Tue 2025-05-13 18:00.</summary>
    private RunningDeadline ThreeWorkingDays() =>
        new("Handling", TimeLimit.WorkingDays(3), Time("2025-05-08 10:00"), Time("2025-05-13 18:00"), false, false);

    [Fact]
    public void The_due_instant_itself_is_on_time_and_the_next_moment_is_late()
    {
        // 15 days from Tue 2025-05-06: the last day is Wed May 21, ending 24:00 = Thu May 22 00:00.
        var due = TimeLimit.CalendarDays(15).DueFrom(_calendar, Time("2025-05-06 09:00"));
        due.ShouldBeBeijing("2025-05-22 00:00");
        DeadlineRules.IsOnTime(Time("2025-05-22 00:00"), due).ShouldBeTrue();
        DeadlineRules.IsOnTime(Time("2025-05-22 00:00").AddSeconds(1), due).ShouldBeFalse();
        DeadlineRules.OverdueCheckAt(due).ShouldBe(due.AddSeconds(1));
    }

    [Fact]
    public void A_timer_fires_only_for_the_deadline_it_was_set_for()
    {
        var running = ThreeWorkingDays();
        var after = Time("2025-05-13 18:01");
        DeadlineRules.Fires(running, DeadlineAlarm.Overdue, running.DueAt, after).ShouldBeTrue();
        DeadlineRules.Fires(running, DeadlineAlarm.Overdue, running.DueAt, running.DueAt).ShouldBeFalse(); // still on time
        DeadlineRules.Fires(running, DeadlineAlarm.Overdue, Time("2025-05-12 18:00"), after).ShouldBeFalse(); // moved since
        DeadlineRules.Fires(null, DeadlineAlarm.Warning, running.DueAt, after).ShouldBeFalse(); // met
        DeadlineRules.Fires(running with { Overdue = true }, DeadlineAlarm.Warning, running.DueAt, after).ShouldBeFalse();
        DeadlineRules.Fires(running with { Warned = true }, DeadlineAlarm.Warning, running.DueAt, after).ShouldBeFalse();
        DeadlineRules.Fires(running with { PausedAt = Time("2025-05-12 09:00") }, DeadlineAlarm.Overdue, running.DueAt, after).ShouldBeFalse();
    }

    [Fact]
    public void A_pause_over_a_weekend_moves_the_due_time_by_the_business_time_it_stood_still()
    {
        // Paused Fri 2025-05-09 16:00 (补正), resumed Mon 2025-05-12 10:00: 2 h on Friday + 1 h 30 min on Monday.
        var paused = ThreeWorkingDays() with { PausedAt = Time("2025-05-09 16:00") };
        var resumed = DeadlineRules.Resume(_calendar, paused, Time("2025-05-12 10:00"));
        resumed.Paused.ShouldBe(TimeSpan.FromHours(3.5));
        resumed.TotalPaused.ShouldBe(TimeSpan.FromHours(3.5));
        // Tue 18:00 + 3 h 30 min of business hours = Wed 2025-05-14 12:00.
        resumed.DueAt.ShouldBeBeijing("2025-05-14 12:00");
    }

    [Fact]
    public void A_pause_over_the_national_day_holiday_counts_no_holiday_time()
    {
        // 3 working days from Fri 2025-09-26: Sun 28, Mon 29, Tue 30 → due Sep 30 18:00; paused Tue Sep 30 17:00, resumed Thu Oct 9 09:30.
        var paused = new RunningDeadline("Handling", TimeLimit.WorkingDays(3), Time("2025-09-26 10:00"), Time("2025-09-30 18:00"), false, false,
            PausedAt: Time("2025-09-30 17:00"));
        var resumed = DeadlineRules.Resume(_calendar, paused, Time("2025-10-09 09:30"));
        resumed.Paused.ShouldBe(TimeSpan.FromHours(2)); // 1 h on Sep 30, 1 h on Oct 9
        resumed.DueAt.ShouldBeBeijing("2025-10-09 10:30");
    }

    [Fact]
    public void A_paused_calendar_day_limit_moves_by_whole_days_and_still_ends_at_24_00()
    {
        // 10 days from Tue 2025-05-06 → last day Fri May 16 → due May 17 00:00; paused Fri May 9, resumed Mon May 12: 3 days.
        var paused = new RunningDeadline("Payment", TimeLimit.CalendarDays(10), Time("2025-05-06 09:00"), Time("2025-05-17 00:00"), false, false,
            PausedAt: Time("2025-05-09 15:00"));
        var resumed = DeadlineRules.Resume(_calendar, paused, Time("2025-05-12 11:00"));
        resumed.Paused.ShouldBe(TimeSpan.FromDays(3));
        resumed.DueAt.ShouldBeBeijing("2025-05-20 00:00");
    }

    [Fact]
    public void A_recomputed_deadline_keeps_the_time_it_was_paused()
    {
        var deadline = ThreeWorkingDays() with { PausedFor = TimeSpan.FromHours(3.5), DueAt = Time("2025-05-14 12:00") };
        DeadlineRules.DueAt(_calendar, deadline).ShouldBeBeijing("2025-05-14 12:00");
        DeadlineRules.DueAt(_calendar, ThreeWorkingDays()).ShouldBeBeijing("2025-05-13 18:00");
    }

    [Fact]
    public void Only_a_changed_day_between_start_and_due_moves_a_deadline()
    {
        DeadlineRules.Spans(_calendar, ThreeWorkingDays(), [Day("2025-05-12")]).ShouldBeTrue();
        DeadlineRules.Spans(_calendar, ThreeWorkingDays(), [Day("2025-05-08"), Day("2025-05-13")]).ShouldBeTrue();
        DeadlineRules.Spans(_calendar, ThreeWorkingDays(), [Day("2025-05-07"), Day("2025-05-14")]).ShouldBeFalse();
    }

    [Fact]
    public void Resuming_a_clock_that_runs_is_a_programming_error() =>
        Should.Throw<InvalidOperationException>(() => DeadlineRules.Resume(_calendar, ThreeWorkingDays(), Time("2025-05-12 10:00")));
}
