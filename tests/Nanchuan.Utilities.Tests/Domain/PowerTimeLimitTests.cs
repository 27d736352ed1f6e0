using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.Utilities.Domain.Power;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Domain;

public sealed class PowerTimeLimitTests
{
    [Theory]
    [InlineData(PowerConnectionClass.LowVoltageResidential, 3, DeadlineKind.WorkingDays)]
    [InlineData(PowerConnectionClass.LowVoltageNonResidential, 4, DeadlineKind.WorkingDays)]
    [InlineData(PowerConnectionClass.LowVoltageNonResidentialWithWorks, 15, DeadlineKind.CalendarDays)]
    [InlineData(PowerConnectionClass.HighVoltage, 5, DeadlineKind.WorkingDays)]
    public void Each_class_has_the_plans_limit(PowerConnectionClass connectionClass, int count, DeadlineKind unit) =>
        PowerTimeLimits.For(connectionClass).ShouldBe(new TimeLimit(unit, count));

    [Fact]
    public void Spec_example_low_voltage_without_works_received_on_the_Thursday_before_Spring_Festival_2025_is_due_Wednesday_Feb_5()
    {
        // Counts Fri Jan 24, Sun Jan 26 (make-up workday), Mon Jan 27; Jan 28 – Feb 4 is the holiday; the 4th is Wed Feb 5.
        PowerTimeLimits.For(PowerConnectionClass.LowVoltageNonResidential).DueFrom(Calendar, Time("2025-01-23 10:00"))
            .ShouldBe(Time("2025-02-05 18:00"));
    }

    [Fact]
    public void Low_voltage_residential_takes_3_working_days_across_the_2024_Labour_Day_holiday()
    {
        // Mon Apr 29 → Tue Apr 30 (1); May 1–5 off; Mon May 6 (2), Tue May 7 (3).
        PowerTimeLimits.For(PowerConnectionClass.LowVoltageResidential).DueFrom(Calendar, Time("2024-04-29 09:00"))
            .ShouldBe(Time("2024-05-07 18:00"));
    }

    [Fact]
    public void With_works_15_calendar_days_ending_on_a_public_holiday_move_past_it()
    {
        // From 2024-09-16: the 15th day is Oct 1 (National Day, off Oct 1–7), so the limit ends at 24:00 on Oct 8.
        PowerTimeLimits.For(PowerConnectionClass.LowVoltageNonResidentialWithWorks).DueFrom(Calendar, Time("2024-09-16 10:00"))
            .ShouldBe(Time("2024-10-09 00:00"));
    }

    [Fact]
    public void With_works_15_calendar_days_ending_on_a_weekend_do_not_move()
    {
        // From Thu 2024-03-07: the 15th day is Fri Mar 22; exclusive end 00:00 Sat Mar 23.
        PowerTimeLimits.For(PowerConnectionClass.LowVoltageNonResidentialWithWorks).DueFrom(Calendar, Time("2024-03-07 10:00"))
            .ShouldBe(Time("2024-03-23 00:00"));
    }

    [Fact]
    public void High_voltage_counts_5_working_days_from_the_completion_inspection_request()
    {
        // Request Fri 2024-09-27 → Sun Sep 29 (make-up workday, 1), Mon Sep 30 (2); Oct 1–7 off; Tue Oct 8 (3), Wed Oct 9 (4), Thu Oct 10 (5).
        PowerTimeLimits.For(PowerConnectionClass.HighVoltage).DueFrom(Calendar, Time("2024-09-27 15:00"))
            .ShouldBe(Time("2024-10-10 18:00"));
    }
}
