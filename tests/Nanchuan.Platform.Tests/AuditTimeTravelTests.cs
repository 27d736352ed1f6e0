using Alba;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>Time travel with Beijing-time instants, versions beyond the stream, and a schedule read right after it was loaded.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditTimeTravelTests(PlatformHost platform)
{
    private static LoadHolidaySchedule ScheduleFor(int year, long expectedVersion, params DateOnly[] makeUpWorkdays) => new(
        $"国务院办公厅关于{year}年部分节假日安排的通知（测试）",
        [new HolidayPeriod("元旦", new DateOnly(year, 1, 1), new DateOnly(year, 1, 1))],
        makeUpWorkdays,
        expectedVersion);

    [Fact]
    public async Task A_state_at_a_time_with_a_plus_eight_offset_is_found_escaped_or_not()
    {
        await platform.Host.Scenario(s =>
        {
            s.Put.Json(ScheduleFor(2033, 0)).ToUrl("/api/calendar/years/2033");
            s.As(platform, TestActors.Admin);
        });
        var streamId = HolidayScheduleRecord.StreamIdFor(2033);
        var history = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{streamId}").Read<StreamHistory>();
        var beijing = history.Events[0].Timestamp.AddSeconds(1).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz");
        beijing.ShouldEndWith("+08:00");

        foreach (var at in new[] { Uri.EscapeDataString(beijing), beijing })
        {
            var state = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{streamId}/state?at={at}").Read<StreamStateAsOf>();
            state.AsOfVersion.ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_version_beyond_the_stream_is_not_found()
    {
        await platform.Host.Scenario(s =>
        {
            s.Put.Json(ScheduleFor(2035, 0)).ToUrl("/api/calendar/years/2035");
            s.As(platform, TestActors.Admin);
        });
        var streamId = HolidayScheduleRecord.StreamIdFor(2035);
        var result = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{streamId}/state?version=2", 404);
        (await result.ReadAsTextAsync()).ShouldContain("没有第 2 版");
        await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{streamId}/state?version=1");
    }

    [Fact]
    public async Task A_time_without_an_offset_is_a_field_error()
    {
        var result = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{HolidayScheduleRecord.StreamIdFor(2024)}/state?at=2024-05-08T10:00:00", 400);
        (await result.ReadAsTextAsync()).ShouldContain("\"at\"");
    }

    [Fact]
    public async Task Every_read_after_a_schedule_is_answered_sees_the_new_schedule()
    {
        // Sat 2034-01-07 is a weekend day until the amendment makes it a make-up workday.
        var saturday = new DateOnly(2034, 1, 7);
        await platform.Host.Scenario(s =>
        {
            s.Put.Json(ScheduleFor(2034, 0)).ToUrl("/api/calendar/years/2034");
            s.As(platform, TestActors.Admin);
        });
        (await platform.Get(TestActors.Citizen, $"/api/calendar/days/{saturday:yyyy-MM-dd}").Read<WorkingDayInfo>()).Kind.ShouldBe(DayKind.Weekend);

        await platform.Host.Scenario(s =>
        {
            s.Put.Json(ScheduleFor(2034, 1, saturday)).ToUrl("/api/calendar/years/2034");
            s.As(platform, TestActors.Admin);
        });
        (await platform.Get(TestActors.Citizen, $"/api/calendar/days/{saturday:yyyy-MM-dd}").Read<WorkingDayInfo>()).Kind.ShouldBe(DayKind.MakeUpWorkday);
    }
}
