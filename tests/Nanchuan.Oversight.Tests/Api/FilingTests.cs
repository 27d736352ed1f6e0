using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Oversight.Deadlines;
using Nanchuan.BuildingBlocks.Ratings;
using Wolverine.Runtime;
using Nanchuan.Oversight.Reports;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>Filing is idempotent, the list pages by keyset, and the report tables rebuild from the files' events to the live rows.</summary>
[Collection(OversightCollection.Name)]
public sealed class FilingTests(OversightHost platform)
{
    private static readonly Actor Enterprise = Enterprise("91500103MA5U8XRB92", "重庆南川丙科技有限公司");

    [Fact]
    public async Task A_redelivered_message_changes_nothing()
    {
        platform.SetTime(At(2024, 10, 8, 10, 0));
        var id = Guid.Empty;
        var receiving = await platform.Tracked(async () => id = await platform.ReceiveGrievance(Enterprise));
        // The opening carries its assignment deadline (ADR 0204): one message, two facts filed.
        var published = receiving.AllRecordsInOrder().Select(r => r.Envelope?.Message).Where(m => m is CaseOpened or DeadlineSet).OfType<object>().Distinct().ToList();
        published.ShouldHaveSingleItem().ShouldBeOfType<CaseOpened>().Deadline.ShouldNotBeNull();
        var rows = await Rows(id);
        var filed = await platform.Host.EventsAsync(Domain.OversightFile.IdOf(id));
        filed.Count.ShouldBe(2);

        foreach (var message in published) await platform.Host.InvokeMessageAndWaitAsync(message);

        (await Rows(id)).ShouldBe(rows);
        (await platform.Host.EventsAsync(Domain.OversightFile.IdOf(id))).Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_opening_carrying_its_deadline_is_filed_in_one_transaction_as_the_two_messages_were()
    {
        // ADR 0204: Utilities' 50 kW connection opened Fri 2024-10-11 10:00 with its 3-working-day clock (due Wed Oct 16 18:00).
        var at = At(2024, 10, 11, 10, 0);
        platform.SetTime(at);
        OversightCase Power() => new("Utilities", "power", Guid.NewGuid(), Enterprise.CreditCode, "国网南川供电公司");
        CaseOpened Opened(OversightCase @case) => new(@case, "供电接入：低压非居民 50kW", at, EnterpriseName: Enterprise.Name);
        DeadlineSet Set(OversightCase @case) => new(@case, "PowerOn", "3个工作日", at, At(2024, 10, 16, 18, 0), At(2024, 10, 15, 18, 0));
        var (together, apart) = (Power(), Power());

        await platform.Host.InvokeMessageAndWaitAsync(Opened(together) with { Deadline = Set(together) });
        await platform.Host.InvokeMessageAndWaitAsync(Opened(apart));
        await platform.Host.InvokeMessageAndWaitAsync(Set(apart));

        var filed = await platform.Host.EventsAsync(Domain.OversightFile.IdOf(together.CaseId));
        filed.Select(e => e.GetType()).ShouldBe((await platform.Host.EventsAsync(Domain.OversightFile.IdOf(apart.CaseId))).Select(e => e.GetType()));
        filed.OfType<Domain.OversightCaseOpened>().ShouldHaveSingleItem().Message.Deadline.ShouldBeNull();
        (await CaseAndDeadlineRows(together.CaseId)).ShouldBe(await CaseAndDeadlineRows(apart.CaseId));
        // One transaction: both events were inserted by it (their rows' xmin); the two messages apart were two.
        (await AppendTimes(together.CaseId)).ShouldBe(1);
        (await AppendTimes(apart.CaseId)).ShouldBe(2);

        await platform.Host.InvokeMessageAndWaitAsync(Opened(together) with { Deadline = Set(together) });
        (await platform.Host.EventsAsync(Domain.OversightFile.IdOf(together.CaseId))).Count.ShouldBe(filed.Count);
    }

    [Fact]
    public async Task An_opening_carrying_its_deadline_after_its_closing_is_decided_on_the_filed_closing()
    {
        // ADR 0223: the file exists (the closing arrived first, ADR 0150), so both facts are decided on a copy of its snapshot.
        // Utilities' connection opened Fri 2024-10-11 10:00 (3 working days, due Wed Oct 16 18:00), withdrawn Mon Oct 14 09:00.
        var at = At(2024, 10, 11, 10, 0);
        platform.SetTime(At(2024, 10, 14, 9, 30));
        OversightCase Power() => new("Utilities", "power", Guid.NewGuid(), Enterprise.CreditCode, "国网南川供电公司");
        CaseOpened Opened(OversightCase @case) => new(@case, "供电接入：低压非居民 50kW", at, EnterpriseName: Enterprise.Name);
        DeadlineSet Set(OversightCase @case) => new(@case, "PowerOn", "3个工作日", at, At(2024, 10, 16, 18, 0), At(2024, 10, 15, 18, 0));
        CaseClosed Closed(OversightCase @case) => new(@case, "撤回", null, At(2024, 10, 14, 9, 0));
        var (together, apart) = (Power(), Power());

        await platform.Host.InvokeMessageAndWaitAsync(Closed(together));
        await platform.Host.InvokeMessageAndWaitAsync(Opened(together) with { Deadline = Set(together) });
        await platform.Host.InvokeMessageAndWaitAsync(Closed(apart));
        await platform.Host.InvokeMessageAndWaitAsync(Opened(apart));
        await platform.Host.InvokeMessageAndWaitAsync(Set(apart));

        (await CaseAndDeadlineRows(together.CaseId)).ShouldBe(await CaseAndDeadlineRows(apart.CaseId));
        (await platform.SqlRowsAsync($"select closed_at is not null from oversight.deadline_rows where case_id = '{together.CaseId}'"))
            .ShouldBe(["True"]);
        (await platform.Host.EventsAsync(Domain.OversightFile.IdOf(together.CaseId))).Select(e => e.GetType())
            .ShouldBe((await platform.Host.EventsAsync(Domain.OversightFile.IdOf(apart.CaseId))).Select(e => e.GetType()));
    }

    [Fact]
    public void An_opening_with_its_deadline_reads_back_from_the_envelope_the_outbox_stores()
    {
        // What node recovery reads after a crash (ADR 0073): the stored body, not the object the sender held.
        var runtime = platform.Host.Services.GetRequiredService<IWolverineRuntime>();
        var @case = new OversightCase("Grievances", "grievance", Guid.NewGuid(), Enterprise.CreditCode, "区营商办");
        var opened = new CaseOpened(@case, "企业诉求：重庆南川丙科技有限公司", At(2024, 10, 11, 10, 0), EnterpriseName: Enterprise.Name,
            Deadline: new DeadlineSet(@case, "Assignment", "1个工作日", At(2024, 10, 11, 10, 0), At(2024, 10, 14, 10, 0), null));
        var envelope = runtime.RoutingFor(typeof(CaseOpened)).RouteForSend(opened, null).ShouldHaveSingleItem();
        envelope.Destination.ShouldNotBeNull().ToString().ShouldStartWith("local://oversight");

        envelope.Data = envelope.Serializer!.Write(envelope);

        envelope.Serializer.ReadFromData(typeof(CaseOpened), envelope).ShouldBe(opened);
    }

    [Fact]
    public async Task Pages_walk_the_list_in_due_order_without_gaps_or_repeats()
    {
        platform.SetTime(At(2024, 10, 9, 10, 0));
        for (var i = 0; i < 3; i++) await platform.Tracked(() => platform.ReceiveGrievance(Enterprise));
        var all = (await platform.Deadlines(TestActors.BusinessOffice, "limit=200")).Items;
        all.Count.ShouldBeGreaterThanOrEqualTo(3);
        all.Select(d => d.DueAt).ShouldBeInOrder();

        var walked = new List<OversightDeadline>();
        string? cursor = null;
        do
        {
            var answer = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/deadlines?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            var page = await answer.ReadAsJsonAsync<OversightDeadlinePage>();
            page.Items.Count.ShouldBeLessThanOrEqualTo(2);
            walked.AddRange(page.Items);
            answer.Context.Response.Headers.Link.ToString()
                .ShouldBe(page.NextCursor is null ? "" : $"<{Route}/deadlines?limit=2&cursor={page.NextCursor}>; rel=\"next\"");
            cursor = page.NextCursor;
        } while (cursor is not null);
        walked.Select(d => (d.CaseId, d.Deadline)).ShouldBe(all.Select(d => (d.CaseId, d.Deadline)));

        // The names before ADR 0210 still work: `next` is sent beside `nextCursor`, `after` is read, and the link names `cursor` only.
        var first = JsonNode.Parse(await (await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/deadlines?limit=2")).ReadAsTextAsync())!;
        var next = first["next"]!.GetValue<string>();
        next.ShouldBe(first["nextCursor"]!.GetValue<string>());
        var byAfter = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/deadlines?limit=2&after={next}");
        (await byAfter.ReadAsJsonAsync<OversightDeadlinePage>()).Items.Select(d => (d.CaseId, d.Deadline))
            .ShouldBe(walked.Skip(2).Take(2).Select(d => (d.CaseId, d.Deadline)));
        byAfter.Context.Response.Headers.Link.ToString().ShouldStartWith($"<{Route}/deadlines?limit=2&cursor=");
        (await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/deadlines?cursor={next}&after={next}", 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["after"]);
    }

    [Fact]
    public async Task The_report_tables_rebuild_to_the_live_rows()
    {
        platform.SetTime(At(2024, 10, 10, 10, 0));
        var id = Guid.Empty;
        await platform.Tracked(async () => id = await platform.ReceiveGrievance(Enterprise));
        await platform.Tracked(() => platform.AssignGrievance(id));
        // Something for the tables the Grievances loop above does not fill: a rating, a case counting trips, a catalogue item.
        await platform.Host.InvokeMessageAndWaitAsync(
            new CaseRated(new OversightCase("Grievances", "grievance", id, Enterprise.CreditCode, "区市场监管局"), Guid.NewGuid(), ServiceRating.Satisfied, At(2024, 10, 10, 11, 0)));
        await platform.Host.InvokeMessageAndWaitAsync(new CaseOpened(new OversightCase("Judiciary", "dispute", Guid.NewGuid(), Enterprise.CreditCode, "区法院"),
            "涉企纠纷：重庆南川丙科技有限公司—货款", At(2024, 10, 10, 11, 0), EnterpriseName: Enterprise.Name, Trips: 1));
        await platform.Host.InvokeMessageAndWaitAsync(new CatalogueItemListed(new OversightCase("Licensing", "catalogue-item", Guid.NewGuid(), null, "区市场监管局"),
            "XK-500119-901", "食品经营许可", 20, 2m, true, At(2024, 10, 10, 11, 0)));
        await platform.ShouldRebuildToTheLiveRowsAsync<OversightReportProjection>(OversightReports.Catalog);
    }

    private async Task<List<string>> CaseAndDeadlineRows(Guid id) => (await platform.SqlRowsAsync(
        $"select 'case', row(c.*)::text from oversight.case_rows c where case_id = '{id}' union all " +
        $"select 'deadline', row(d.*)::text from oversight.deadline_rows d where case_id = '{id}' order by 1, 2"))
        .Select(row => row.Replace(id.ToString(), "<case>")).ToList();

    private async Task<int> AppendTimes(Guid id) => (await platform.SqlRowsAsync(
        $"select distinct xmin::text from events.mt_events where stream_id = '{Domain.OversightFile.IdOf(id)}'")).Count;

    private Task<List<string>> Rows(Guid id) => platform.SqlRowsAsync(
        $"select 'case', row(c.*)::text from oversight.case_rows c where case_id = '{id}' union all " +
        $"select 'deadline', row(d.*)::text from oversight.deadline_rows d where case_id = '{id}' union all " +
        $"select 'entry', row(t.*)::text from oversight.thread_entries t where case_id = '{id}' order by 1, 2");
}
