using System.Text.Json.Nodes;
using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Nanchuan.Platform.Tests;

public sealed class DeadLetterHost() : ModuleHost(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Beijing));

/// <summary>
/// A message its handler refuses for good is not lost: it waits in the dead-letter queue, where the Admin sees why it
/// failed and hands it back once the cause is gone. (The host's disposal then finds the queue empty, as every suite must.)
/// </summary>
public sealed class DeadLetterTests(DeadLetterHost platform) : IClassFixture<DeadLetterHost>
{
    [Fact]
    public async Task A_refused_message_is_listed_with_its_reason_and_a_replay_after_the_cause_is_gone_delivers_it()
    {
        var reference = Guid.CreateVersion7();
        // Stamped two hours ahead of the receiver's clock: Grievances refuses a request received in the future.
        var lodge = new LodgeEnterpriseRequest("Licensing", reference, null, EnterpriseRequestChannel.EnterpriseHomeDesk, "重庆南川示例科技有限公司",
            UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98"), "王经理", "13800000000", $"死信重放测试 {reference:N}", platform.Clock.GetUtcNow().AddHours(2));
        await platform.TrackActivity(MessageTracking.Timeout).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((IMessageContext bus) => bus.PublishAsync(lodge).AsTask());

        var letters = await List(TestActors.Admin);
        var letter = letters.Single(l => l!["messageType"]!.GetValue<string>().Contains(nameof(LodgeEnterpriseRequest)))!;
        letter["exceptionMessage"]!.GetValue<string>().ShouldContain("receivedAt");
        (await Grievances()).ShouldNotContain(g => g!["sourceReference"] != null && g["sourceReference"]!.GetValue<Guid>() == reference);

        platform.AdvanceTo(platform.Clock.GetUtcNow().AddHours(3));
        await platform.TrackAsync(
            () => platform.Scenario(s =>
            {
                s.Post.Url($"/api/admin/dead-letters/{letter["id"]!.GetValue<Guid>()}/replay");
                s.As(platform, TestActors.Admin);
                s.StatusCodeShouldBe(202);
            }),
            t => t.WaitForExecutionOf<LodgeEnterpriseRequest>(m => m.SourceReference == reference));

        (await List(TestActors.Admin)).ShouldBeEmpty();
        (await Grievances()).ShouldContain(g => g!["content"]!.GetValue<string>() == lodge.Content);
    }

    [Fact]
    public async Task Only_the_admin_sees_the_queue_and_an_unknown_letter_is_404()
    {
        foreach (var actor in new[] { TestActors.BusinessOffice, TestActors.Supervisor, TestActors.WindowClerk, TestActors.Enterprise })
            await platform.Scenario(s =>
            {
                s.Get.Url("/api/admin/dead-letters");
                s.As(platform, actor);
                s.StatusCodeShouldBe(403);
            });
        await platform.Scenario(s =>
        {
            s.Post.Url($"/api/admin/dead-letters/{Guid.NewGuid()}/replay");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(404);
        });
    }

    private async Task<JsonArray> List(Actor actor) => JsonNode.Parse(await (await platform.Scenario(s =>
    {
        s.Get.Url("/api/admin/dead-letters");
        s.As(platform, actor);
    })).ReadAsTextAsync())!.AsArray();

    private async Task<JsonArray> Grievances() => JsonNode.Parse(await (await platform.Scenario(s =>
    {
        s.Get.Url("/api/grievances?limit=500");
        s.As(platform, TestActors.BusinessOffice);
    })).ReadAsTextAsync())!.AsArray();
}
