using Alba;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Platform.Tests;

/// <summary>Loading a new year end to end: the event with its metadata, the calendar, the message to modules, the audit trail, time travel, and a stale write.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ScheduleAmendmentTests(PlatformHost platform)
{
    private static readonly LoadHolidaySchedule Schedule2031 = new(
        "国务院办公厅关于2031年部分节假日安排的通知（测试）",
        [new HolidayPeriod("元旦", new DateOnly(2031, 1, 1), new DateOnly(2031, 1, 1)), new HolidayPeriod("劳动节", new DateOnly(2031, 5, 1), new DateOnly(2031, 5, 5))],
        [new DateOnly(2031, 5, 10)],
        0);

    [Fact]
    public async Task Loading_then_amending_a_year_is_audited_published_and_time_travelled()
    {
        IScenarioResult? first = null;
        var tracked = await platform.Host.TrackAsync(async () =>
        {
            first = await platform.Host.Scenario(s =>
            {
                s.Put.Json(Schedule2031).ToUrl("/api/calendar/years/2031");
                s.As(platform, TestActors.Admin);
                s.WithRequestHeader("X-Correlation-ID", "corr-2031");
            });
        });
        var loaded = await first!.ReadAsJsonAsync<HolidayScheduleLoadResult>();
        loaded.Version.ShouldBe(1);
        loaded.IsAmendment.ShouldBeFalse();
        loaded.ChangedDays.ShouldContain(new DateOnly(2031, 5, 1)); // a Thursday that became a holiday
        loaded.ChangedDays.ShouldContain(new DateOnly(2031, 5, 10)); // a Saturday that became a workday

        // Published whether or not a module listens yet (modules subscribe to recompute their open deadlines).
        var published = tracked.FindSingleTrackedMessageOfType<HolidayScheduleChanged>();
        published.Year.ShouldBe(2031);
        var calendar = (IWorkingDayCalendar)platform.Host.Services.GetService(typeof(IWorkingDayCalendar))!;
        calendar.IsWorkingDay(new DateOnly(2031, 5, 2)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2031, 5, 10)).ShouldBeTrue();

        var amended = Schedule2031 with { MakeUpWorkdays = [new DateOnly(2031, 4, 27)], ExpectedVersion = 1 };
        await platform.Host.TrackAsync(() => platform.Host.Scenario(s =>
        {
            s.Put.Json(amended).ToUrl("/api/calendar/years/2031");
            s.As(platform, TestActors.Admin);
        }));
        calendar.IsWorkingDay(new DateOnly(2031, 5, 10)).ShouldBeFalse();

        // A second admin still holding version 1 loses: 409, nothing written.
        await platform.Host.Scenario(s =>
        {
            s.Put.Json(amended).ToUrl("/api/calendar/years/2031");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(409);
            s.ContentShouldContain("并发冲突");
        });

        var streamId = HolidayScheduleRecord.StreamIdFor(2031);
        var history = await (await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{streamId}");
            s.As(platform, TestActors.Supervisor);
        })).ReadAsJsonAsync<StreamHistory>();
        history.Version.ShouldBe(2);
        history.Events.Select(e => e.Version).ShouldBe([1L, 2L]);
        history.Events[0].Summary.ShouldContain("载入2031年节假日安排");
        history.Events[1].Summary.ShouldContain("修订2031年节假日安排");
        history.Events[0].Actor.Id.ShouldBe(TestActors.Admin.Id);
        history.Events[0].Actor.Role.ShouldBe("Admin");
        history.Events[0].Actor.Channel.ShouldBe("web");
        history.Events[0].CorrelationId.ShouldNotBeNullOrEmpty();

        var asOfFirst = await (await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{streamId}/state?version=1");
            s.As(platform, TestActors.Supervisor);
        })).ReadAsJsonAsync<StreamStateAsOf<HolidayScheduleRecord>>();
        asOfFirst.AsOfVersion.ShouldBe(1);
        asOfFirst.State!.MakeUpWorkdays.ShouldBe([new DateOnly(2031, 5, 10)]);

        var asOfTime = await (await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{streamId}/state?at={Uri.EscapeDataString(history.Events[1].Timestamp.AddTicks(-10).ToString("O"))}");
            s.As(platform, TestActors.Supervisor);
        })).ReadAsJsonAsync<StreamStateAsOf<HolidayScheduleRecord>>();
        asOfTime.AsOfVersion.ShouldBe(1);
    }

    private sealed record StreamStateAsOf<T>(Guid StreamId, string CaseType, long AsOfVersion, DateTimeOffset? AsOfTime, T? State);
}
