using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Evaluating;
using Nanchuan.Grievances.Intake;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Issue 14, points 7 and 11: the channel and the time of an intake are the server's (ADR 0032, 0033).</summary>
[Collection(GrievancesCollection.Name)]
public sealed class ChannelAndTimeTests(GrievancesHost platform)
{
    private async Task<IScenarioResult> PostClaimingChannel(Actor actor, string url, object body, string claimedChannel, int status) =>
        await platform.Scenario(s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.As(platform, actor);
            s.WithRequestHeader("X-Channel", claimedChannel);
            s.StatusCodeShouldBe(status);
        });

    private async Task<string?> ChannelOfFirstEvent(Guid id) =>
        (await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{id}").Read<StreamHistory>()).Events[0].Actor.Channel;

    [Fact]
    public async Task A_hotline_call_is_phone_whatever_header_the_client_sends()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var call = GrievanceApi.PlatformRequest(receivedAt: GrievanceApi.At(2024, 5, 9, 9, 0)) with { Channel = IntakeChannel.Phone };
        var received = await (await PostClaimingChannel(TestActors.BusinessOffice, GrievanceApi.Route, call, "web", 201)).ReadAsJsonAsync<GrievanceReceivedResponse>();
        (await ChannelOfFirstEvent(received.Id)).ShouldBe(Channels.Phone);
    }

    [Fact]
    public async Task A_box_batch_is_box()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var batch = EnterBoxBatch.Example with { CollectionDate = new DateOnly(2024, 5, 9) };
        var entered = await (await PostClaimingChannel(TestActors.BusinessOffice, $"{GrievanceApi.Route}/box-batches", batch, "window", 200)).ReadAsJsonAsync<BoxBatchEntered>();
        foreach (var id in entered.GrievanceIds) (await ChannelOfFirstEvent(id)).ShouldBe(Channels.Box);
    }

    [Fact]
    public async Task An_enterprise_acts_through_the_web_even_when_it_claims_the_window()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var received = await (await PostClaimingChannel(TestActors.Enterprise, GrievanceApi.Route, GrievanceApi.PlatformRequest(), "system", 201))
            .ReadAsJsonAsync<GrievanceReceivedResponse>();
        (await ChannelOfFirstEvent(received.Id)).ShouldBe(Channels.Web);
    }

    [Fact]
    public async Task An_enterprise_cannot_back_date_its_request()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var backDated = GrievanceApi.PlatformRequest(receivedAt: GrievanceApi.At(2024, 2, 1, 10, 0));
        var refused = await platform.Post(TestActors.Enterprise, GrievanceApi.Route, backDated, 400);
        (await refused.ReadAsTextAsync()).ShouldContain("receivedAt");

        var received = await platform.Receive();
        received.ReceivedAt.ShouldBe(GrievanceApi.At(2024, 5, 9, 10, 0));
    }

    [Fact]
    public async Task A_hotline_call_is_entered_within_three_days_and_a_box_batch_within_fifteen()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 20, 10, 0));
        var stale = GrievanceApi.PlatformRequest(receivedAt: GrievanceApi.At(2024, 5, 16, 10, 0)) with { Channel = IntakeChannel.Phone };
        (await (await platform.Post(TestActors.BusinessOffice, GrievanceApi.Route, stale, 400)).ReadAsTextAsync()).ShouldContain("收到后3天内录入");
        await platform.Post(TestActors.BusinessOffice, GrievanceApi.Route, stale with { ReceivedAt = GrievanceApi.At(2024, 5, 17, 10, 30) }, 201);

        var oldBox = EnterBoxBatch.Example with { CollectionDate = new DateOnly(2024, 5, 4) };
        (await (await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/box-batches", oldBox, 400)).ReadAsTextAsync()).ShouldContain("collectionDate");
        await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/box-batches", oldBox with { CollectionDate = new DateOnly(2024, 5, 5) });
    }
}
