using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Intake;
using Nanchuan.Grievances.Reading;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>The request list read page by page (`offset` and `limit`), as a supervisor auditing every case does.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class ListPagingTests(GrievancesHost platform)
{
    /// <summary>An enterprise of this scenario only, so its list holds exactly the requests the scenario lodges.</summary>
    private static readonly Actor PagedEnterprise =
        new("ent-4", "重庆南川分页示例有限公司", Roles.Enterprise, null, "91500119MA5UFY3P1C", Channels.Web);

    [Fact]
    public async Task Pages_of_two_give_every_request_once_newest_first_the_notes_of_one_box_batch_too()
    {
        // An enterprise's request is received when the platform receives it (ADR 0033): the clock is set to each moment.
        platform.SetTime(GrievanceApi.At(2024, 6, 7, 9, 0));
        var older = await platform.Receive(GrievanceApi.PlatformRequest(PagedEnterprise), PagedEnterprise);
        platform.SetTime(GrievanceApi.At(2024, 6, 12, 9, 0));
        var newer = await platform.Receive(GrievanceApi.PlatformRequest(PagedEnterprise), PagedEnterprise);
        platform.SetTime(GrievanceApi.At(2024, 6, 12, 10, 0));
        // Many more notes of one time than a page holds: PostgreSQL leaves the order of equal times open, and its top-N sort can
        // settle it differently for each offset (without the id as tie-breaker, pages then repeat some and skip others).
        var notes = Enumerable.Range(1, 10)
            .Select(i => new BoxNote(PagedEnterprise.Name, PagedEnterprise.CreditCode, "王经理", "13812345678", $"园区第{i}号路灯不亮。"))
            .Append(new BoxNote("南川区某餐饮店", null, "刘先生", "13912345678", "希望简化食品经营许可延续手续。"))
            .ToList();
        var batch = await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/box-batches",
            new EnterBoxBatch(FeedbackBoxLocation.IndustrialPark, new DateOnly(2024, 6, 11), notes)).Read<BoxBatchEntered>();
        var batchReceivedAt = GrievanceApi.At(2024, 6, 11, 8, 30);

        var expected = new[] { (older.Id, older.ReceivedAt), (newer.Id, newer.ReceivedAt) }
            .Concat(batch.GrievanceIds.Take(10).Select(id => (Id: id, ReceivedAt: batchReceivedAt)))
            .OrderByDescending(request => request.ReceivedAt).ThenByDescending(request => request.Id)
            .Select(request => request.Id)
            .ToList();

        var pages = new List<List<GrievanceListItem>>();
        for (var offset = 0; offset <= expected.Count; offset += 2)
            pages.Add(await platform.Get(PagedEnterprise, $"{GrievanceApi.Route}?limit=2&offset={offset}").Read<List<GrievanceListItem>>());

        pages.Select(page => page.Count).ShouldBe([2, 2, 2, 2, 2, 2, 0]);
        pages.SelectMany(page => page).Select(item => item.Id).ShouldBe(expected);
        (await platform.Get(PagedEnterprise, GrievanceApi.Route).Read<List<GrievanceListItem>>()).Select(item => item.Id).ShouldBe(expected);
    }

    [Theory]
    [InlineData("limit=0", "limit", "1至500")]
    [InlineData("limit=501", "limit", "1至500")]
    [InlineData("offset=-1", "offset", "不小于0")]
    public async Task A_limit_outside_1_to_500_or_a_negative_offset_is_a_400_with_a_field_error(string query, string field, string message)
    {
        var refused = await platform.Get(TestActors.Supervisor, $"{GrievanceApi.Route}?{query}", 400);
        var text = await refused.ReadAsTextAsync();
        text.ShouldContain($"\"{field}\"");
        text.ShouldContain(message);
    }
}
