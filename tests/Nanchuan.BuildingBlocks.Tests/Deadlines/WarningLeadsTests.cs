using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Tests.Calendar;
using static Nanchuan.BuildingBlocks.Tests.Calendar.Beijing;

namespace Nanchuan.BuildingBlocks.Tests.Deadlines;

/// <summary>The one warning rule: a lead per kind of limit (default 1 working day), never at or before the start.</summary>
public sealed class WarningLeadsTests
{
    private readonly Nanchuan.BuildingBlocks.Calendar.IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    [Fact]
    public void By_default_a_working_day_deadline_warns_one_working_day_before_over_the_holiday() =>
        WarningLeads.Defaults.WarningAt(_calendar, DeadlineKind.WorkingDays, Time("2025-09-29 10:00"), Time("2025-10-09 18:00"))!.Value
            .ShouldBeBeijing("2025-09-30 18:00");

    [Fact]
    public void A_calendar_day_deadline_warns_one_working_day_before_its_24_00() =>
        WarningLeads.Defaults.WarningAt(_calendar, DeadlineKind.CalendarDays, Time("2025-09-26 10:00"), Time("2025-10-10 00:00"))!.Value
            .ShouldBeBeijing("2025-10-09 00:00");

    [Fact]
    public void A_half_day_warns_one_business_hour_before_counted_back_over_the_holiday()
    {
        WarningLeads.Defaults.WarningAt(_calendar, DeadlineKind.HalfDays, Time("2025-09-30 15:00"), Time("2025-10-09 10:15"))!.Value
            .ShouldBeBeijing("2025-10-09 09:15");
        // Due Thu Oct 9 09:00: half an hour that morning, half an hour before closing on Tue Sep 30.
        WarningLeads.Defaults.WarningAt(_calendar, DeadlineKind.HalfDays, Time("2025-09-30 13:15"), Time("2025-10-09 09:00"))!.Value
            .ShouldBeBeijing("2025-09-30 17:30");
    }

    [Fact]
    public void No_warning_when_the_lead_reaches_back_to_the_start_or_before()
    {
        // Received Tue Sep 30 after closing: 1 working day runs to Thu Oct 9 18:00; a working day before is Sep 30 18:00, before the start.
        WarningLeads.Defaults.WarningAt(_calendar, DeadlineKind.WorkingDays, Time("2025-09-30 19:00"), Time("2025-10-09 18:00")).ShouldBeNull();
        new WarningLeads(new Dictionary<DeadlineKind, WarningLead> { [DeadlineKind.HalfDays] = WarningLead.OfWorkingDays(1) })
            .WarningAt(_calendar, DeadlineKind.HalfDays, Time("2025-09-30 15:00"), Time("2025-10-09 10:15")).ShouldBeNull();
    }

    [Fact]
    public void The_lead_is_configurable_per_kind()
    {
        var leads = new WarningLeads(new Dictionary<DeadlineKind, WarningLead> { [DeadlineKind.WorkingDays] = WarningLead.OfWorkingDays(2) });
        leads.WarningAt(_calendar, DeadlineKind.WorkingDays, Time("2025-09-26 10:00"), Time("2025-10-09 18:00"))!.Value.ShouldBeBeijing("2025-09-29 18:00");
        leads.For(DeadlineKind.CalendarDays).ShouldBe(WarningLeads.Default);
    }
}
