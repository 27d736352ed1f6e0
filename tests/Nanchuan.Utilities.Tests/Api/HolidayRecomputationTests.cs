using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.Testing;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Power;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

[Collection(UtilitiesCollection.Name)]
public sealed class HolidayRecomputationTests(UtilitiesHost platform)
{
    [Fact]
    public async Task Loading_a_new_years_schedule_moves_an_open_power_deadline_and_records_why()
    {
        platform.SetTime(Time("2031-04-28 10:00"));
        var accepted = await platform.Post(TestActors.Enterprise, UtilitiesApi.Route + "/power-connections",
            new ApplyForPowerRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", PowerConnectionClass.LowVoltageResidential, "南川区东城街道工业园区8号", 10m, null, null), 201)
            .Read<PowerApplicationAcceptedResponse>();
        accepted.DueAt.ShouldBe(Time("2031-05-01 18:00")); // no 2031 schedule yet: weekends only

        await platform.Host.TrackAsync(() => platform.Host.Scenario(s =>
        {
            s.Put.Json(new LoadHolidaySchedule("国务院办公厅关于2031年部分节假日安排的通知（测试）",
                [new HolidayPeriod("劳动节", new DateOnly(2031, 5, 1), new DateOnly(2031, 5, 5))], [], 0)).ToUrl("/api/calendar/years/2031");
            s.As(platform, TestActors.Admin);
        }));

        var details = await platform.Get(TestActors.Enterprise, $"{UtilitiesApi.Route}/power-connections/{accepted.Id}").Read<PowerConnectionDetails>();
        details.DueAt.ShouldBe(Time("2031-05-06 18:00"));
        var history = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{accepted.Id}").Read<Nanchuan.BuildingBlocks.Platform.Audit.StreamHistory>();
        history.Events.Last().Summary.ShouldContain("2031年节假日安排载入");
    }
}
