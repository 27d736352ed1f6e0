using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Intake;
using Nanchuan.Grievances.Reading;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Platform rule 9: bad input gets field errors in Chinese and English, and nothing is written.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class ValidationTests(GrievancesHost platform)
{
    private async Task<int> CountRequests() =>
        (await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}?limit=500").Read<List<GrievanceListItem>>()).Count;

    private async Task<string> Refused(object body, string url = GrievanceApi.Route)
    {
        var before = await CountRequests();
        var refused = await platform.Post(TestActors.BusinessOffice, url, body, 400);
        (await CountRequests()).ShouldBe(before);
        return await refused.ReadAsTextAsync();
    }

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var body = await Refused(new ReceiveRequest(IntakeChannel.Platform, " ", "91500119MA5U8XRB98", null, null, "", null));
        body.ShouldContain("\"enterpriseName\"");
        body.ShouldContain("\"contactPerson\"");
        body.ShouldContain("\"phone\"");
        body.ShouldContain("\"content\"");
        body.ShouldContain("is required");
    }

    [Fact]
    public async Task A_bad_credit_code_is_refused()
    {
        var body = await Refused(GrievanceApi.PlatformRequest() with { CreditCode = "91500119MA5U8XRB3X" });
        body.ShouldContain("\"creditCode\"");
        body.ShouldContain("校验码");
    }

    [Fact]
    public async Task A_phone_call_stamped_outside_hotline_hours_is_refused()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var body = await Refused(GrievanceApi.PlatformRequest() with { Channel = IntakeChannel.Phone, ReceivedAt = GrievanceApi.At(2024, 5, 8, 19, 30) });
        body.ShouldContain("\"receivedAt\"");
        body.ShouldContain("08:30");
    }

    [Fact]
    public async Task A_box_batch_with_one_bad_note_writes_none_of_them()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var batch = new EnterBoxBatch(FeedbackBoxLocation.ServiceHall, new DateOnly(2024, 5, 9),
        [
            new BoxNote("南川区某餐饮店", null, "刘先生", "13912345678", "希望简化许可延续手续。"),
            new BoxNote("南川区某五金店", null, "陈女士", "12345", "门前占道经营问题。"),
        ]);
        var body = await Refused(batch, $"{GrievanceApi.Route}/box-batches");
        body.ShouldContain("notes[1].phone");
    }

    [Fact]
    public async Task A_box_batch_becomes_one_request_per_note_received_on_the_collection_date()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var batch = EnterBoxBatch.Example with { CollectionDate = new DateOnly(2024, 5, 9) };
        var entered = await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/box-batches", batch).Read<BoxBatchEntered>();

        entered.GrievanceIds.Count.ShouldBe(2);
        var anonymous = await platform.Details(entered.GrievanceIds[1]);
        anonymous.Channel.ShouldBe(IntakeChannel.Box);
        anonymous.CreditCode.ShouldBeNull();
        anonymous.BoxLocation.ShouldBe(FeedbackBoxLocation.IndustrialPark);
        anonymous.ReceivedAt.ShouldBe(GrievanceApi.At(2024, 5, 9, 8, 30));
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{Guid.NewGuid()}", 404);
    }
}
