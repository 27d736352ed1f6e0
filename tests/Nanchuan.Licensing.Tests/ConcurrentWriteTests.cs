using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Licensing.HallFigures;
using Nanchuan.Licensing.Registration;
using Nanchuan.Licensing.ServiceZones;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>
/// Issue 22 point 1 (ADR 0094): Licensing writes sent 16 at once answer 200 or 409, never a 500 — the report tables they feed
/// never make them fail (the hall figures' unique-key clash, 23505), and the zone queue's "call next" and a ticket's outcome
/// at the same moment never deadlock (40P01).
/// </summary>
[Collection(LicensingCollection.Name)]
public sealed class ConcurrentWriteTests(LicensingHost platform)
{
    private const int AtOnce = 16;

    [Fact]
    public async Task Consultations_and_visitor_counts_of_one_day_sent_16_at_once_are_all_recorded()
    {
        platform.SetShanghaiTime(2031, 5, 6, 10, 0);
        const string day = "/api/licensing/hall/daily-figures?from=2031-05-06&to=2031-05-06";
        var before = (await platform.GetAsync<HallFiguresReport>(day, TestActors.BusinessOffice)).Visitors;
        var statuses = await Task.WhenAll(Enumerable.Range(0, AtOnce * 2).Select(i => i % 2 == 0
            ? Status(TestActors.ClerkAt("东城"), "/api/licensing/consultations", new GiveConsultation("东城", $"个体转企业 {i}"))
            : Status(TestActors.WindowClerk, "/api/licensing/hall/visitors", new CountHallVisitors(new DateOnly(2031, 5, 6), null, 1, null))));

        statuses.ShouldAllBe(s => s == 200);
        // Each consultation and each count of one visitor adds one; other tests of the collection may have used the day too.
        (await platform.GetAsync<HallFiguresReport>(day, TestActors.BusinessOffice)).Visitors.ShouldBe(before + AtOnce * 2);
    }

    [Fact]
    public async Task Tickets_closed_while_other_windows_call_the_next_one_all_succeed_and_each_call_answers_200_or_409()
    {
        platform.SetShanghaiTime(2031, 5, 7, 9, 0);
        for (var i = 0; i < AtOnce * 3; i++)
            await platform.PostAsync<QueueTicket>("/api/licensing/zones/BDC/tickets", new TakeTicket($"转移登记 {i}", null, null, null), TestActors.WindowClerk);
        var windows = Enumerable.Range(1, AtOnce).Select(w => $"{w}号窗口").ToList();
        var holding = new Dictionary<string, int>();
        foreach (var window in windows.Take(AtOnce / 2))
            holding[window] = (await platform.PostAsync<QueueTicket>("/api/licensing/zones/BDC/calls", new CallNextTicket(window), TestActors.WindowClerk)).Number;

        var (closes, calls) = (new List<int>(), new List<int>());
        for (var round = 0; round < 4; round++)
        {
            platform.SetShanghaiTime(2031, 5, 7, 9, 10 + round);
            // The windows holding a ticket close it while the others call the next one, all at the same moment.
            var closing = Task.WhenAll(holding.Select(h =>
                Status(TestActors.WindowClerk, $"/api/licensing/zones/BDC/tickets/{h.Value}/outcome", new RecordTicketOutcome(TicketOutcome.Served, h.Key))));
            var calling = Task.WhenAll(windows.Where(w => !holding.ContainsKey(w)).Select(w =>
                Status(TestActors.WindowClerk, "/api/licensing/zones/BDC/calls", new CallNextTicket(w))));
            closes.AddRange(await closing);
            calls.AddRange(await calling);
            var queue = await platform.GetAsync<ZoneQueueDay>("/api/licensing/zones/BDC/queue?day=2031-05-07", TestActors.WindowClerk);
            holding = queue.Tickets.Where(t => t.Status == TicketStatus.Called).ToDictionary(t => t.Window!, t => t.Number);
        }

        // A close waits for a call in progress rather than losing to it; a call finds the queue empty at most (409).
        closes.ShouldAllBe(s => s == 200);
        calls.ShouldAllBe(s => s == 200 || s == 409);
        var final = await platform.GetAsync<ZoneQueueDay>("/api/licensing/zones/BDC/queue?day=2031-05-07", TestActors.WindowClerk);
        final.Tickets.Count(t => t.Status == TicketStatus.Served).ShouldBe(closes.Count);
        final.Tickets.Count(t => t.Status != TicketStatus.Waiting).ShouldBe(AtOnce / 2 + calls.Count(s => s == 200));
    }

    private async Task<int> Status(Actor actor, string url, object body) =>
        (await platform.PostRawAsync(url, body, actor)).Context.Response.StatusCode;
}
