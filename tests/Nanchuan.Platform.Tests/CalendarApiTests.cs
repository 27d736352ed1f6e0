using Alba;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

[Collection(PlatformCollection.Name)]
public sealed class CalendarApiTests(PlatformHost platform)
{
    [Theory]
    // grievances.md: received Fri 2024-02-09 (eve of the Spring Festival holiday) → assignment due Sun 2024-02-18 18:00 (make-up workday).
    [InlineData("2024-02-09T10:00:00+08:00", 1, "2024-02-18T18:00:00+08:00", "2024-02-09T18:00:00+08:00")]
    // grievances.md: simple problem assigned Thu 2024-05-09 → due Sat 2024-05-11 18:00 (make-up workday).
    [InlineData("2024-05-09T15:00:00+08:00", 2, "2024-05-11T18:00:00+08:00", "2024-05-10T18:00:00+08:00")]
    // 2026 National Day: Sep 30 → 1 working day → Oct 9 (Oct 1–7 off, Oct 8 Thursday).
    [InlineData("2026-09-30T09:00:00+08:00", 1, "2026-10-08T18:00:00+08:00", "2026-09-30T18:00:00+08:00")]
    public async Task Working_day_deadlines_follow_the_official_schedule(string from, int days, string due, string warning)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/calendar/deadlines?from={Uri.EscapeDataString(from)}&workingDays={days}");
            s.As(platform, TestActors.WindowClerk);
        });
        var deadline = await result.ReadAsJsonAsync<DeadlineView>();
        deadline.DueAt.ShouldBe(DateTimeOffset.Parse(due));
        deadline.WarningAt.ShouldBe(DateTimeOffset.Parse(warning));
        deadline.ScheduleLoadedForDueYear.ShouldBeTrue();
    }

    [Fact]
    public async Task Half_a_day_is_four_hours_forty_five_of_business_time()
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/calendar/deadlines?from={Uri.EscapeDataString("2024-06-07T16:00:00+08:00")}&halfDay=true");
            s.As(platform, TestActors.WindowClerk);
        });
        // Fri 16:00 → 2 h that day, Jun 8–10 off (weekend + Dragon Boat Festival), 2 h 45 min on Tue Jun 11.
        (await result.ReadAsJsonAsync<DeadlineView>()).DueAt.ShouldBe(DateTimeOffset.Parse("2024-06-11T11:15:00+08:00"));
    }

    [Fact]
    public async Task A_half_day_warning_is_never_before_the_clock_started()
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/calendar/deadlines?from={Uri.EscapeDataString("2025-09-30T15:00:00+08:00")}&halfDay=true");
            s.As(platform, TestActors.WindowClerk);
        });
        // Tue 15:00 → 3 h that day, Oct 1–8 off (National Day), 1 h 45 min on Thu Oct 9. A working day before the due time
        // (Tue 10:15) would precede the start; the half-day lead is 1 business hour.
        var deadline = await result.ReadAsJsonAsync<DeadlineView>();
        deadline.DueAt.ShouldBe(DateTimeOffset.Parse("2025-10-09T10:15:00+08:00"));
        deadline.WarningAt.ShouldBe(DateTimeOffset.Parse("2025-10-09T09:15:00+08:00"));
        deadline.Limit.ShouldBe("0.5个工作日");
    }

    [Fact]
    public async Task A_deadline_request_with_two_limits_is_a_field_error()
    {
        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/calendar/deadlines?from={Uri.EscapeDataString("2024-06-07T16:00:00+08:00")}&halfDay=true&workingDays=2");
            s.As(platform, TestActors.WindowClerk);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("\"limit\"");
        });
    }

    [Fact]
    public async Task Shipped_years_are_recorded_with_their_notice()
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/calendar/years/2026");
            s.As(platform, TestActors.BusinessOffice);
        });
        var year = await result.ReadAsJsonAsync<HolidayScheduleView>();
        year.Holidays.ShouldContain(h => h.Name == "春节" && h.From == new DateOnly(2026, 2, 15) && h.To == new DateOnly(2026, 2, 23));
        year.MakeUpWorkdays.ShouldContain(new DateOnly(2026, 2, 28));
        year.Version.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Only_an_admin_loads_a_schedule()
    {
        await platform.Host.Scenario(s =>
        {
            s.Put.Json(LoadHolidaySchedule.Example).ToUrl("/api/calendar/years/2027");
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(403);
            s.ContentShouldContain("Admin");
        });
    }

    [Fact]
    public async Task An_invalid_schedule_is_refused_field_by_field_and_changes_nothing()
    {
        var invalid = new LoadHolidaySchedule("", [new HolidayPeriod("国庆节", new DateOnly(2029, 10, 7), new DateOnly(2029, 10, 1))], [new DateOnly(2028, 5, 6)], 0);
        var result = await platform.Host.Scenario(s =>
        {
            s.Put.Json(invalid).ToUrl("/api/calendar/years/2029");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(400);
        });
        var problem = await result.ReadAsJsonAsync<ValidationProblem>();
        problem.Errors.Keys.ShouldContain("notice");
        problem.Errors.Count.ShouldBeGreaterThanOrEqualTo(2);

        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/calendar/years/2029");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(404);
        });
    }

    private sealed record ValidationProblem(string Title, int Status, Dictionary<string, string[]> Errors);
}
