using Alba;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The kit's openings on a database that already holds what they open (ADR 0192, 0252): a later start records no shipped
/// schedule or unit a second time, and loads every stored schedule into the calendar before it serves — a shipped year an admin
/// amended as well as a year that was never shipped.
/// </summary>
public sealed class OpeningRestartTests
{
    private static readonly LoadHolidaySchedule Schedule2032 = new(
        "国务院办公厅关于2032年部分节假日安排的通知（测试）",
        [new HolidayPeriod("元旦", new DateOnly(2032, 1, 1), new DateOnly(2032, 1, 1)), new HolidayPeriod("劳动节", new DateOnly(2032, 5, 1), new DateOnly(2032, 5, 5))],
        [new DateOnly(2032, 5, 8)],
        0);

    [Fact]
    public async Task A_restart_loads_every_stored_schedule_and_records_no_shipped_schedule_or_unit_again()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("openingrestart");
        var shipped2026 = HolidayScheduleFile.LoadShipped().Single(s => s.Year == 2026);
        var amended2026 = new LoadHolidaySchedule(shipped2026.Notice + "（修订）", shipped2026.Holidays, shipped2026.MakeUpWorkdays, 1);
        await using (var first = await PlatformHost.StartAsync(database))
        {
            await Load(first, 2032, Schedule2032);
            await Load(first, 2026, amended2026);
        }

        await using var second = await PlatformHost.StartAsync(database);

        var calendar = second.Services.GetRequiredService<IWorkingDayCalendar>();
        calendar.IsWorkingDay(new DateOnly(2032, 5, 3)).ShouldBeFalse("a Monday of the stored, never shipped 2032 schedule's holiday");
        calendar.IsWorkingDay(new DateOnly(2032, 5, 8)).ShouldBeTrue("a Saturday the stored 2032 schedule makes a workday");
        calendar.ScheduleFor(2026)!.Notice.ShouldBe(amended2026.Notice, "the stored amendment wins over the shipped file");
        (await second.EventsAsync(HolidayScheduleRecord.StreamIdFor(2024))).Count.ShouldBe(1, "the shipped 2024 schedule is recorded once");
        (await second.EventsAsync(HolidayScheduleRecord.StreamIdFor(2026))).Count.ShouldBe(2, "the shipped 2026 schedule and its amendment");
        foreach (var unit in DepartmentSeed.All)
            (await second.EventsAsync(DepartmentRecord.StreamIdFor(unit.Id))).Count.ShouldBe(1, $"the shipped unit {unit.Id} is recorded once");
    }

    private static Task<IScenarioResult> Load(IAlbaHost host, int year, LoadHolidaySchedule schedule) =>
        host.Scenario(s =>
        {
            s.Put.Json(schedule).ToUrl($"/api/calendar/years/{year}");
            s.As(host, TestActors.Admin);
        });
}
