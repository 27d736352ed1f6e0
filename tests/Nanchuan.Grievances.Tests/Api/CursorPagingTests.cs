using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Intake;
using Nanchuan.Grievances.Reading;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>The request list read by cursor (`GET /api/grievances/pages`, ADR 0131): keyset pages over (received time, id).</summary>
[Collection(GrievancesCollection.Name)]
public sealed class CursorPagingTests(GrievancesHost platform)
{
    private const string Pages = $"{GrievanceApi.Route}/pages";

    /// <summary>Enterprises of these scenarios only, so their lists hold exactly the requests the scenarios lodge.</summary>
    private static readonly Actor Paged = new("ent-5", "重庆南川翻页示例有限公司", Roles.Enterprise, null, "91500119MA5UCUR530", Channels.Web);

    private static readonly Actor Writing = new("ent-6", "重庆南川并发示例有限公司", Roles.Enterprise, null, "91500119MA5UCUR61T", Channels.Web);

    private static readonly Actor Filtered = new("ent-7", "重庆南川筛选示例有限公司", Roles.Enterprise, null, "91500119MA5UCUR7XJ", Channels.Web);

    [Fact]
    public async Task Following_next_cursors_gives_every_request_once_newest_first_the_notes_of_one_box_batch_in_id_order()
    {
        platform.SetTime(GrievanceApi.At(2024, 8, 5, 9, 0));
        var first = await platform.Receive(GrievanceApi.PlatformRequest(Paged), Paged);
        platform.SetTime(GrievanceApi.At(2024, 8, 7, 10, 0));
        var notes = Enumerable.Range(1, 5).Select(i => new BoxNote(Paged.Name, Paged.CreditCode, "王经理", "13812345678", $"园区第{i}号井盖缺失。")).ToList();
        var batch = await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/box-batches",
            new EnterBoxBatch(FeedbackBoxLocation.IndustrialPark, new DateOnly(2024, 8, 6), notes)).Read<BoxBatchEntered>();
        platform.SetTime(GrievanceApi.At(2024, 8, 7, 11, 0));
        var last = await platform.Receive(GrievanceApi.PlatformRequest(Paged), Paged);
        var expected = new[] { (first.Id, first.ReceivedAt), (last.Id, last.ReceivedAt) }
            .Concat(batch.GrievanceIds.Select(id => (Id: id, ReceivedAt: GrievanceApi.At(2024, 8, 6, 8, 30))))
            .OrderByDescending(request => request.ReceivedAt).ThenByDescending(request => request.Id)
            .Select(request => request.Id)
            .ToList();

        var pages = await ReadAllAsync(Paged, "limit=2");

        pages.Select(page => page.Items.Count).ShouldBe([2, 2, 2, 1]);
        pages.SelectMany(page => page.Items).Select(item => item.Id).ShouldBe(expected);
        pages[^1].NextCursor.ShouldBeNull();
        var one = await platform.Get(Paged, $"{Pages}?limit=2");
        var next = (await one.ReadAsJsonAsync<GrievancePage>()).NextCursor.ShouldNotBeNull();
        one.Context.Response.Headers.Link.ToString().ShouldBe($"<{Pages}?limit=2&cursor={next}>; rel=\"next\"");
    }

    [Fact]
    public async Task Requests_received_while_a_client_pages_neither_repeat_nor_push_others_off_a_page()
    {
        var received = new List<(Guid Id, DateTimeOffset At)>();
        foreach (var minute in new[] { 0, 10, 20, 30, 40, 50 })
        {
            platform.SetTime(GrievanceApi.At(2024, 8, 12, 9, minute));
            received.Add(((await platform.Receive(GrievanceApi.PlatformRequest(Writing), Writing)).Id, GrievanceApi.At(2024, 8, 12, 9, minute)));
        }
        var firstPage = await platform.Get(Writing, $"{Pages}?limit=2").Read<GrievancePage>();

        // Meanwhile a new request arrives (before the client's position: it is on a first page read from now on) and a call
        // taken at 09:05 is entered late (after the position: the pages still to come hold it, once).
        platform.SetTime(GrievanceApi.At(2024, 8, 12, 10, 30));
        var newer = await platform.Receive(GrievanceApi.PlatformRequest(Writing), Writing);
        var lateCall = GrievanceApi.PlatformRequest(Writing, GrievanceApi.At(2024, 8, 12, 9, 5)) with { Channel = IntakeChannel.Phone };
        received.Add(((await platform.Receive(lateCall, TestActors.BusinessOffice)).Id, GrievanceApi.At(2024, 8, 12, 9, 5)));
        var rest = await ReadAllAsync(Writing, "limit=2", firstPage.NextCursor);

        var read = firstPage.Items.Concat(rest.SelectMany(page => page.Items)).Select(item => item.Id).ToList();
        read.ShouldBe(received.OrderByDescending(request => request.At).Select(request => request.Id));
        read.ShouldNotContain(newer.Id);
        (await platform.Get(Writing, $"{Pages}?limit=1").Read<GrievancePage>()).Items.Single().Id.ShouldBe(newer.Id);
    }

    [Theory]
    [InlineData("supervisor", "status=Assigned")]
    [InlineData("handler", "")]
    [InlineData("handler", "status=Handled")]
    [InlineData("enterprise", "status=Received")]
    public async Task With_a_filter_the_cursor_pages_hold_exactly_the_filtered_list_in_its_order(string reader, string filter)
    {
        platform.SetTime(GrievanceApi.At(2024, 8, 19, 10, 0));
        for (var i = 0; i < 4; i++)
        {
            var request = await platform.Receive(GrievanceApi.PlatformRequest(Filtered), Filtered);
            if (i == 0) continue;
            await platform.Assign(request.Id);
            if (i == 3) await platform.Report(request.Id, GrievanceApi.At(2024, 8, 19, 10, 0));
        }
        var actor = reader switch { "supervisor" => TestActors.Supervisor, "handler" => TestActors.MarketRegulator, _ => Filtered };

        var whole = await platform.Get(actor, $"{GrievanceApi.Route}?limit=500&{filter}").Read<List<GrievanceListItem>>();
        var pages = await ReadAllAsync(actor, $"limit=3&{filter}");

        whole.Count.ShouldBeInRange(1, 499);
        pages.SelectMany(page => page.Items).Select(item => item.Id).ShouldBe(whole.Select(item => item.Id));
        pages.SkipLast(1).ShouldAllBe(page => page.Items.Count == 3);
    }

    [Theory]
    [InlineData("not-a-cursor!")]
    [InlineData("bm90IGpzb24")] // "not json"
    [InlineData("e30")] // "{}"
    [InlineData("WzFd")] // "[1]"
    [InlineData("eyJBdCI6IjIwMjQtMDgtMDFUMDA6MDA6MDBaIn0")] // a time without an id
    public async Task A_cursor_no_page_issued_is_a_400_with_a_field_error_in_Chinese_and_English(string cursor)
    {
        var refused = await platform.Get(TestActors.Supervisor, $"{Pages}?cursor={cursor}", 400);

        var text = await refused.ReadAsTextAsync();
        text.ShouldContain("\"cursor\"");
        text.ShouldContain("翻页标记无效");
        text.ShouldContain("cursor is not a nextCursor of a previous page");
    }

    [Fact]
    public async Task A_page_holds_1_to_500_requests_as_every_list()
    {
        (await (await platform.Get(TestActors.Supervisor, $"{Pages}?limit=501", 400)).ReadAsTextAsync()).ShouldContain("1至500");
        (await (await platform.Get(TestActors.Supervisor, $"{Pages}?limit=0", 400)).ReadAsTextAsync()).ShouldContain("1至500");
    }

    private async Task<List<GrievancePage>> ReadAllAsync(Actor actor, string query, string? cursor = null)
    {
        var pages = new List<GrievancePage>();
        do
        {
            var url = cursor is null ? $"{Pages}?{query}" : $"{Pages}?{query}&cursor={cursor}";
            var page = await platform.Get(actor, url).Read<GrievancePage>();
            pages.Add(page);
            cursor = page.NextCursor;
        }
        while (cursor is not null && pages.Count < 1000);
        return pages;
    }
}
