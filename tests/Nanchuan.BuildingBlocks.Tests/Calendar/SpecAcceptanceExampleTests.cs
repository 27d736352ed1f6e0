using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

/// <summary>Every date example of the product specification (/work/shared/spec) that involves the calendar.</summary>
public class SpecAcceptanceExampleTests
{
    private readonly IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    [Fact]
    public void Grievance_received_on_the_eve_of_the_Spring_Festival_is_due_for_assignment_on_the_make_up_Sunday()
    {
        // grievances.md: received Fri 2024-02-09, holiday Feb 10–17, Sun Feb 18 is a make-up workday.
        _calendar.AddWorkingDays(Beijing.Time("2024-02-09 10:00"), 1).ShouldBeBeijing("2024-02-18 18:00");
    }

    [Fact]
    public void Simple_grievance_assigned_on_Thursday_is_due_on_the_make_up_Saturday()
    {
        // grievances.md: assigned Thu 2024-05-09, 2 working days → Sat 2024-05-11 (make-up workday) 18:00.
        _calendar.AddWorkingDays(Beijing.Time("2024-05-09 14:00"), 2).ShouldBeBeijing("2024-05-11 18:00");
    }

    [Fact]
    public void Licensing_item_with_promised_limit_2_skips_the_Mid_Autumn_holiday()
    {
        // licensing.md: accepted Fri 2024-09-13; Sat Sep 14 make-up, Sep 15–17 holiday → Wed 2024-09-18 18:00.
        _calendar.AddWorkingDays(Beijing.Time("2024-09-13 11:00"), 2).ShouldBeBeijing("2024-09-18 18:00");
    }

    [Fact]
    public void Company_registration_accepted_at_15_00_is_due_at_10_15_the_next_working_day()
    {
        // licensing.md: 0.5 working day = 4 h 45 min of business hours.
        _calendar.AddHalfWorkingDay(Beijing.Time("2024-06-03 15:00")).ShouldBeBeijing("2024-06-04 10:15");
        _calendar.AddBusinessHours(Beijing.Time("2024-06-03 15:00"), new TimeSpan(4, 45, 0)).ShouldBeBeijing("2024-06-04 10:15");
    }

    [Fact]
    public void Low_voltage_connection_received_before_the_Spring_Festival_is_due_the_day_after_it()
    {
        // utilities.md: received Thu 2025-01-23; counts Fri 24, Sun 26 (make-up), Mon 27; Jan 28–Feb 4 holiday → Wed 2025-02-05 18:00.
        _calendar.AddWorkingDays(Beijing.Time("2025-01-23 09:00"), 4).ShouldBeBeijing("2025-02-05 18:00");
    }

    [Fact]
    public void Water_bill_received_on_1_March_is_overdue_from_1_May()
    {
        // utilities.md: 60 calendar days from 2024-03-01; the 60th day is Apr 30, overdue from 2024-05-01 (the 61st day).
        var end = _calendar.AddCalendarDays(Beijing.Time("2024-03-01 16:20"), 60);
        end.ShouldBeBeijing("2024-05-01 00:00");
    }

    [Fact]
    public void Warning_one_working_day_before_the_Spring_Festival_deadline_falls_before_the_holiday()
    {
        // Platform rule 4: warning 1 working day before the deadline Sun 2024-02-18 18:00.
        _calendar.SubtractWorkingDays(Beijing.Time("2024-02-18 18:00"), 1).ShouldBeBeijing("2024-02-09 18:00");
    }

    [Fact]
    public void Half_day_is_four_hours_forty_five_minutes_of_business_time()
    {
        _calendar.AddHalfWorkingDay(Beijing.Time("2024-06-03 10:00")).ShouldBeBeijing("2024-06-03 14:45");
        _calendar.AddHalfWorkingDay(Beijing.Time("2024-06-03 16:00")).ShouldBeBeijing("2024-06-04 11:15");
    }

    [Fact]
    public void Sixty_days_ending_on_National_Day_move_to_the_day_after_the_holiday()
    {
        // Day 60 after 2024-08-02 is Oct 1, inside Oct 1–7 → the last day becomes Oct 8, ending at 24:00.
        _calendar.AddCalendarDays(Beijing.Time("2024-08-02 10:00"), 60).ShouldBeBeijing("2024-10-09 00:00");
    }
}
