using Nanchuan.Licensing.EnterpriseHome.Talks;
using Nanchuan.Testing;
using static Nanchuan.Licensing.Tests.EnterpriseHome.MeetingHall;

namespace Nanchuan.Licensing.Tests.EnterpriseHome;

/// <summary>企业之家 商务洽谈 (issue 23 point 2; ADR 0113): room bookings without double booking, and the record of each talk.</summary>
[Collection(LicensingCollection.Name)]
public sealed class TalkTests(LicensingHost platform)
{
    private const string Route = "/api/licensing/enterprise-home/talks";

    private static BookTalkRequest Booking(string room, DateOnly day, int fromHour, int fromMinute, int toHour, int toMinute, string creditCode = "91500119MA5U8XRB98") =>
        new(room, day, new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute), creditCode, "重庆南川示例科技有限公司", "茶叶深加工项目落地选址", "工业园区管委会招商一部");

    [Fact]
    public async Task A_room_is_booked_once_per_time_back_to_back_bookings_fit_and_the_talk_is_recorded_once_it_began()
    {
        platform.SetShanghaiTime(2026, 11, 11, 9, 0); // Wednesday
        var day = new DateOnly(2026, 11, 12);
        var first = await platform.PostAsync<TalkBookingView>(Route, Booking("T1", day, 9, 30, 11, 0), TestActors.Enterprise);
        (first.RoomName, first.Talk.Number, first.Talk.Start, first.Talk.End).ShouldBe(("洽谈室一", 1, new TimeOnly(9, 30), new TimeOnly(11, 0)));

        var overlapping = await platform.RejectedAsync(Route, Booking("T1", day, 10, 30, 12, 0, OtherEnterprise.CreditCode!), OtherEnterprise, 409);
        overlapping.ShouldContain("洽谈室一2026-11-12 09:30–11:00已被预约");
        await platform.PostAsync<TalkBookingView>(Route, Booking("T1", day, 9, 0, 9, 30, OtherEnterprise.CreditCode!), OtherEnterprise, 200);
        (await platform.PostAsync<TalkBookingView>(Route, Booking("T1", day, 11, 0, 12, 0), TestActors.WindowClerk)).Talk.Number.ShouldBe(3);
        await platform.PostAsync<TalkBookingView>(Route, Booking("T2", day, 9, 30, 11, 0, OtherEnterprise.CreditCode!), OtherEnterprise, 200);
        (await platform.GetAsync<TalkRoomSchedule>($"{Route}/rooms/T1/2026-11-12", OtherEnterprise)).Booked.ShouldBe(
            [new BookedSlot(new TimeOnly(9, 0), new TimeOnly(9, 30)), new BookedSlot(new TimeOnly(9, 30), new TimeOnly(11, 0)), new BookedSlot(new TimeOnly(11, 0), new TimeOnly(12, 0))]);

        var url = $"{Route}/{first.RoomDayId}/1";
        var record = new RecordTalkBody(["王经理", "招商一部 李科长"], "介绍龙岩组团可用地块", "下周实地踏勘");
        (await platform.RejectedAsync($"{url}/record", record, TestActors.WindowClerk, 409)).ShouldContain("洽谈开始后方可记录");
        platform.SetShanghaiTime(2026, 11, 12, 10, 0);
        await platform.PostAsync<TalkBookingView>($"{url}/record", record, TestActors.Enterprise, 403);
        (await platform.RejectedAsync($"{url}/record", new RecordTalkBody([" "], null, null), TestActors.WindowClerk, 400)).ShouldSatisfyAllConditions(
            t => t.ShouldContain("\"participants\""), t => t.ShouldContain("\"summary\""));
        var recorded = await platform.PostAsync<TalkBookingView>($"{url}/record", record, TestActors.WindowClerk);
        (recorded.Talk.Summary, recorded.Talk.Outcome, recorded.Talk.RecordedBy).ShouldBe(("介绍龙岩组团可用地块", "下周实地踏勘", TestActors.WindowClerk.Name));
        await platform.PostAsync<TalkBookingView>($"{url}/record", record, TestActors.BusinessOffice, 409);

        (await platform.GetAsync<TalkBookingView>(url, TestActors.Enterprise)).Talk.Participants.ShouldBe(["王经理", "招商一部 李科长"]);
        await platform.GetAsync<TalkBookingView>(url, OtherEnterprise, 403);
        await platform.GetAsync<TalkBookingView>($"{Route}/{first.RoomDayId}/9", TestActors.BusinessOffice, 404);
    }

    [Fact]
    public async Task Bad_input_is_a_400_per_field_and_nothing_is_written()
    {
        platform.SetShanghaiTime(2026, 9, 30, 10, 0);
        var before = await platform.EventCountAsync<BusinessTalkBooked>();

        var empty = await platform.RejectedAsync(Route, new { }, TestActors.WindowClerk, 400);
        foreach (var field in new[] { "room", "day", "start", "end", "creditCode", "enterpriseName", "topic", "counterpart" }) empty.ShouldContain($"\"{field}\"");
        (await platform.RejectedAsync(Route, Booking("T9", new DateOnly(2026, 10, 9), 9, 0, 10, 0), TestActors.WindowClerk, 400)).ShouldContain("\"room\"");
        (await platform.RejectedAsync(Route, Booking("T1", new DateOnly(2026, 10, 5), 9, 0, 10, 0), TestActors.WindowClerk, 400)).ShouldContain("2026-10-05不是工作日");
        await platform.PostAsync<TalkBookingView>(Route, Booking("T1", new DateOnly(2026, 10, 10), 9, 0, 10, 0), TestActors.WindowClerk); // the make-up Saturday is worked
        var times = await platform.RejectedAsync(Route, Booking("T1", new DateOnly(2026, 10, 9), 8, 0, 18, 30), TestActors.WindowClerk, 400);
        times.ShouldContain("\"start\"");
        times.ShouldContain("\"end\"");
        (await platform.RejectedAsync(Route, Booking("T1", new DateOnly(2026, 10, 9), 9, 15, 10, 0), TestActors.WindowClerk, 400)).ShouldContain("\"start\"");
        (await platform.RejectedAsync(Route, Booking("T1", new DateOnly(2026, 10, 9), 10, 0, 10, 0), TestActors.WindowClerk, 400)).ShouldContain("结束时间应晚于开始时间");
        (await platform.RejectedAsync(Route, Booking("T1", new DateOnly(2026, 9, 30), 9, 30, 10, 30), TestActors.WindowClerk, 400)).ShouldContain("不能预约已过去的时间");
        await platform.PostAsync<TalkBookingView>(Route, Booking("T1", new DateOnly(2026, 10, 9), 9, 0, 10, 0, OtherEnterprise.CreditCode!), TestActors.Enterprise, 403);
        await platform.PostAsync<TalkBookingView>(Route, Booking("T1", new DateOnly(2026, 10, 9), 9, 0, 10, 0), TestActors.BusinessOffice, 403);

        (await platform.EventCountAsync<BusinessTalkBooked>()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Two_bookings_of_the_same_slot_at_once_give_one_200_and_one_409()
    {
        platform.SetShanghaiTime(2026, 11, 16, 9, 0);
        var day = new DateOnly(2026, 11, 18);
        var results = await Task.WhenAll(
            platform.PostRawAsync(Route, Booking("T3", day, 14, 0, 15, 0), TestActors.Enterprise),
            platform.PostRawAsync(Route, Booking("T3", day, 14, 0, 15, 0, OtherEnterprise.CreditCode!), OtherEnterprise));

        results.Select(r => r.Context.Response.StatusCode).OrderBy(c => c).ShouldBe([200, 409]);
        (await platform.GetAsync<TalkRoomSchedule>($"{Route}/rooms/T3/2026-11-18", TestActors.WindowClerk)).Booked.ShouldHaveSingleItem();
    }
}
