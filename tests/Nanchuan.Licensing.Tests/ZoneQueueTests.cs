using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Licensing.Reports;
using Nanchuan.Licensing.ServiceZones;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

public sealed class ZoneQueueDecisionTests
{
    private static readonly DateTimeOffset Morning = new(2031, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Green_channel_tickets_are_called_first_then_first_come_first_served()
    {
        var queue = new ZoneQueue();
        queue.Apply(new ZoneQueueOpened(Guid.NewGuid(), "BDC", "不动产专区", new DateOnly(2031, 3, 3)));
        foreach (var green in new[] { false, true, false, true, false })
            queue.Apply(ZoneQueueDecisions.Take(queue, new TakeTicket("转移登记", null, green ? "重点项目" : null, green ? "新材料产业园" : null), null, Morning));
        queue.Open.Select(t => t.Label).ShouldBe(["BDC001", "BDC002", "BDC003", "BDC004", "BDC005"]);

        var called = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var call = ZoneQueueDecisions.CallNext(queue, "1号窗口", Morning.AddMinutes(i));
            queue.Apply(call);
            queue.Apply(ZoneQueueDecisions.Close(queue, call.Number, "1号窗口", TicketOutcome.Served, Morning.AddMinutes(i)));
            called.Add(call.Number);
        }
        called.ShouldBe([2, 4, 1, 3, 5]);
        Should.Throw<InvalidStateTransitionException>(() => ZoneQueueDecisions.CallNext(queue, "1号窗口", Morning)).CurrentState.ShouldBe("无人等候");
    }

    [Fact]
    public void A_closed_ticket_leaves_the_queue_so_a_busy_day_costs_no_more_per_ticket_and_it_still_answers_for_itself()
    {
        var queue = new ZoneQueue();
        queue.Apply(new ZoneQueueOpened(Guid.NewGuid(), "RS", "人社专区", new DateOnly(2031, 3, 3)));
        for (var i = 1; i <= 300; i++)
        {
            queue.Apply(ZoneQueueDecisions.Take(queue, new TakeTicket("社保登记", null, null, null), null, Morning));
            var call = ZoneQueueDecisions.CallNext(queue, "1号窗口", Morning);
            queue.Apply(call);
            queue.Apply(ZoneQueueDecisions.Close(queue, call.Number, "1号窗口", i % 10 == 0 ? TicketOutcome.NoShow : TicketOutcome.Served, Morning));
        }
        (queue.Open.Count, queue.TicketsTaken, queue.NoShows.Count).ShouldBe((0, 300, 30));

        Should.Throw<InvalidStateTransitionException>(() => ZoneQueueDecisions.Close(queue, 10, "1号窗口", TicketOutcome.Served, Morning)).CurrentState.ShouldBe("已过号");
        Should.Throw<InvalidStateTransitionException>(() => ZoneQueueDecisions.Close(queue, 11, "1号窗口", TicketOutcome.NoShow, Morning)).CurrentState.ShouldBe("已办理");
        Should.Throw<NotFoundException>(() => ZoneQueueDecisions.Close(queue, 301, "1号窗口", TicketOutcome.Served, Morning));
        Should.Throw<NotFoundException>(() => ZoneQueueDecisions.Close(queue, 0, "1号窗口", TicketOutcome.Served, Morning));
        ZoneQueueDecisions.Take(queue, new TakeTicket("社保登记", null, null, null), null, Morning).Label.ShouldBe("RS301");
    }

    [Fact]
    public void A_green_ticket_needs_an_eligible_reason_and_a_note()
    {
        var zone = new ServiceZone("GA", "公安专区", true);
        string[] reasons = ["涉企事项", "重点项目", "帮办代办"];
        Errors(zone, new TakeTicket(" ", null, "熟人", null), reasons).Keys.ShouldBe(["purpose", "greenChannelReason"], ignoreOrder: true);
        Errors(zone, new TakeTicket("户籍", null, "重点项目", " "), reasons).Keys.ShouldBe(["greenChannelNote"]);
        Errors(zone, new TakeTicket("户籍", null, null, "项目"), reasons).Keys.ShouldBe(["greenChannelReason"]);
        Errors(new ServiceZone("QYZJ", "企业之家", false), new TakeTicket("政策咨询", null, null, null), reasons).Keys.ShouldBe(["zone"]);
        ZoneQueueDecisions.Validate(zone, new TakeTicket("户籍", null, "帮办代办", "帮办员 李华"), reasons);
    }

    private static IReadOnlyDictionary<string, string[]> Errors(ServiceZone zone, TakeTicket command, IReadOnlyList<string> reasons) =>
        Should.Throw<DomainValidationException>(() => ZoneQueueDecisions.Validate(zone, command, reasons)).Errors;
}

[Collection(LicensingCollection.Name)]
public sealed class ZoneQueueApiTests(LicensingHost platform)
{
    [Fact]
    public async Task Interleaved_green_tickets_are_served_first_and_each_ticket_is_recorded()
    {
        platform.SetShanghaiTime(2031, 3, 3, 9, 0);
        var directory = await platform.GetAsync<ZoneDirectory>("/api/licensing/zones", TestActors.Citizen);
        directory.Zones.Select(z => z.Name).ShouldBe(["企业之家", "无差别综合服务区", "企业开办专区", "公安专区", "医保专区", "不动产专区", "人社专区", "公积金专区"]);

        var first = await Take("BDC", new TakeTicket("厂房转移登记", null, null, null), TestActors.Enterprise);
        first.CreditCode.ShouldBe(TestActors.Enterprise.CreditCode);
        platform.SetShanghaiTime(2031, 3, 3, 9, 5);
        var second = await Take("BDC", new TakeTicket("抵押登记", null, "重点项目", "南川工业园区新材料产业园一期"), TestActors.WindowClerk);
        platform.SetShanghaiTime(2031, 3, 3, 9, 10);
        await Take("BDC", new TakeTicket("查询", null, null, null), TestActors.WindowClerk);
        var fourth = await Take("BDC", new TakeTicket("首次登记", null, "帮办代办", "帮办员 李华"), TestActors.WindowClerk);
        (first.Label, second.Label, second.Green, fourth.Number).ShouldBe(("BDC001", "BDC002", true, 4));

        platform.SetShanghaiTime(2031, 3, 3, 9, 20);
        (await Call("BDC", "1号窗口")).Number.ShouldBe(2);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/BDC/calls", new CallNextTicket("1号窗口"), TestActors.WindowClerk, 409); // close the current one first
        (await Call("BDC", "2号窗口")).Number.ShouldBe(4);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/BDC/tickets/2/outcome", new RecordTicketOutcome(TicketOutcome.Served, "2号窗口"), TestActors.WindowClerk, 409); // 1号窗口's ticket
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/BDC/tickets/2/outcome", new RecordTicketOutcome(TicketOutcome.Served, " "), TestActors.WindowClerk, 400);
        (await Close("BDC", 2, "1号窗口", TicketOutcome.Served)).Status.ShouldBe(TicketStatus.Served);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/BDC/tickets/2/outcome", new RecordTicketOutcome(TicketOutcome.NoShow, "1号窗口"), TestActors.WindowClerk, 409);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/BDC/tickets/3/outcome", new RecordTicketOutcome(TicketOutcome.Served, "1号窗口"), TestActors.WindowClerk, 409); // not called yet
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/BDC/tickets/9/outcome", new RecordTicketOutcome(TicketOutcome.Served, "1号窗口"), TestActors.WindowClerk, 404);
        (await Call("BDC", "1号窗口")).Number.ShouldBe(1);
        (await Close("BDC", 4, "2号窗口", TicketOutcome.NoShow)).Status.ShouldBe(TicketStatus.NoShow);

        var queue = await platform.GetAsync<ZoneQueueDay>("/api/licensing/zones/BDC/queue?day=2031-03-03", TestActors.Supervisor);
        queue.Tickets.Select(t => t.Status).ShouldBe([TicketStatus.Called, TicketStatus.Served, TicketStatus.Waiting, TicketStatus.NoShow]);
        queue.CallOrder.Single().Number.ShouldBe(3);

        // Waits: #2 taken 9:05 called 9:20 (15), #4 9:10→9:20 (10), #1 9:00→9:20 (20): 15 on average, 12.5 for the green channel.
        (await platform.GetAsync<List<ZoneDayFigures>>("/api/licensing/zones/report?day=2031-03-03", TestActors.BusinessOffice))
            .ShouldBe([new ZoneDayFigures(new DateOnly(2031, 3, 3), "BDC", "不动产专区", 4, 2, 1, 1, 1, 15m, 12.5m)]);
        (await platform.GetAsync<List<ZoneDayFigures>>("/api/licensing/zones/report", TestActors.BusinessOffice))
            .ShouldContain(new ZoneDayFigures(new DateOnly(2031, 3, 3), "BDC", "不动产专区", 4, 2, 1, 1, 1, 15m, 12.5m), "every day's report counts the same");
        (await (await platform.GetRawAsync("/api/licensing/zones/report?day=2031-03-03&format=csv", TestActors.BusinessOffice)).ReadAsTextAsync())
            .ShouldContain("2031-03-03,BDC,不动产专区,4,2,1,1,1,15,12.5");
        await platform.GetRawAsync("/api/licensing/zones/report?day=2031-3-3", TestActors.BusinessOffice, 400);
        await platform.GetRawAsync("/api/licensing/zones/report", TestActors.WindowClerk, 403);
    }

    [Fact]
    public async Task Bad_tickets_are_refused_and_write_nothing()
    {
        platform.SetShanghaiTime(2031, 3, 4, 9, 0);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/GA/tickets", new TakeTicket("户籍", null, "熟人", "无"), TestActors.WindowClerk, 400);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/GA/tickets", new TakeTicket("户籍", null, "重点项目", "项目"), TestActors.Enterprise, 403);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/QYZJ/tickets", new TakeTicket("政策咨询", null, null, null), TestActors.WindowClerk, 400);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/XX/tickets", new TakeTicket("户籍", null, null, null), TestActors.WindowClerk, 404);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/GA/tickets", new TakeTicket("户籍", null, null, null), TestActors.Planner, 403);
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/GA/calls", new CallNextTicket("1号窗口"), TestActors.WindowClerk, 409); // nobody waiting
        await platform.PostAsync<QueueTicket>("/api/licensing/zones/GA/calls", new CallNextTicket(" "), TestActors.WindowClerk, 400);
        (await platform.SqlRowsAsync("select count(*) from licensing.queue_ticket_rows where day = '2031-03-04'")).ShouldBe(["0"]);
        (await platform.GetAsync<ZoneQueueDay>("/api/licensing/zones/GA/queue?day=2031-03-04", TestActors.WindowClerk)).Tickets.ShouldBeEmpty();
    }

    [Fact]
    public async Task Concurrent_tickets_get_gap_free_numbers_and_concurrent_windows_never_call_the_same_ticket()
    {
        platform.SetShanghaiTime(2031, 3, 5, 9, 0);
        var taken = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Take("GJJ", new TakeTicket($"公积金业务{i}", null, null, null), TestActors.WindowClerk, track: false)));
        taken.Select(t => t.Number).OrderBy(n => n).ShouldBe(Enumerable.Range(1, 8));

        var calls = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Call("GJJ", $"{i}号窗口", track: false)));
        calls.Select(c => c.Number).OrderBy(n => n).ShouldBe(Enumerable.Range(1, 8));
        (await platform.GetAsync<ZoneQueueDay>("/api/licensing/zones/GJJ/queue?day=2031-03-05", TestActors.Admin)).Tickets.Select(t => t.Window).Distinct().Count().ShouldBe(8);
    }

    [Fact]
    public async Task Rebuilding_the_ticket_table_from_the_events_gives_the_live_rows()
    {
        platform.SetShanghaiTime(2031, 3, 6, 9, 0);
        await Take("RS", new TakeTicket("社保登记", null, null, null), TestActors.WindowClerk);
        await Take("RS", new TakeTicket("招聘备案", null, "涉企事项", "新开办企业招工"), TestActors.WindowClerk);
        await Call("RS", "1号窗口");
        await Close("RS", 2, "1号窗口", TicketOutcome.Served);

        const string rows = "select concat_ws('|', zone_code, day, number, label, purpose, credit_code, green, green_reason, green_note, taken_at, window_name, called_at, outcome, closed_at) " +
                            "from licensing.queue_ticket_rows order by zone_code, day, number";
        var live = await platform.SqlRowsAsync(rows);
        live.ShouldContain(r => r.StartsWith("RS|2031-03-06|2|RS002|招聘备案|t|涉企事项|新开办企业招工|") && r.Contains("|1号窗口|") && r.Contains("|served|"));
        await platform.ShouldRebuildToTheLiveRowsAsync<QueueTicketTable>(LicensingTables.QueueTicketRows);
    }

    private async Task<QueueTicket> Take(string zone, TakeTicket command, BuildingBlocks.Actors.Actor actor, bool track = true)
    {
        if (track) return await platform.PostAsync<QueueTicket>($"/api/licensing/zones/{zone}/tickets", command, actor);
        var result = await platform.PostRawAsync($"/api/licensing/zones/{zone}/tickets", command, actor);
        result.Context.Response.StatusCode.ShouldBe(200);
        return await result.ReadAsJsonAsync<QueueTicket>();
    }

    private async Task<QueueTicket> Call(string zone, string window, bool track = true)
    {
        if (track) return await platform.PostAsync<QueueTicket>($"/api/licensing/zones/{zone}/calls", new CallNextTicket(window), TestActors.WindowClerk);
        var result = await platform.PostRawAsync($"/api/licensing/zones/{zone}/calls", new CallNextTicket(window), TestActors.WindowClerk);
        result.Context.Response.StatusCode.ShouldBe(200);
        return await result.ReadAsJsonAsync<QueueTicket>();
    }

    private Task<QueueTicket> Close(string zone, int number, string window, TicketOutcome outcome) =>
        platform.PostAsync<QueueTicket>($"/api/licensing/zones/{zone}/tickets/{number}/outcome", new RecordTicketOutcome(outcome, window), TestActors.WindowClerk);
}
