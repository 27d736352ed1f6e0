using System.Text.Json.Nodes;
using Alba;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Nanchuan.Platform.Tests;

public sealed class DeadLetterPagingHost() : ModuleHost(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Beijing));

/// <summary>
/// Wolverine answers a dead-letter query one page (100 letters) at a time: the Admin's list and a replay must see every
/// letter, not only the first hundred.
/// </summary>
public sealed class DeadLetterPagingTests(DeadLetterPagingHost platform) : IClassFixture<DeadLetterPagingHost>
{
    private const int Letters = 130;

    [Fact]
    public async Task More_letters_than_one_storage_page_are_all_listed_and_each_can_be_replayed()
    {
        var references = Enumerable.Range(0, Letters).Select(_ => Guid.CreateVersion7()).ToList();
        // Stamped ahead of the receiver's clock: Grievances refuses a request received in the future.
        await platform.TrackActivity(MessageTracking.Timeout).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync(async Task (IMessageContext bus) =>
            {
                foreach (var reference in references) await bus.PublishAsync(Refused(reference));
            });

        var letters = await List("limit=500");
        letters.Count.ShouldBe(Letters);
        (await List("limit=50&offset=120")).Count.ShouldBe(Letters - 120);

        platform.AdvanceTo(platform.Clock.GetUtcNow().AddHours(3));
        var oldest = letters[^1]!["id"]!.GetValue<Guid>();
        await platform.TrackAsync(
            async () =>
            {
                foreach (var id in letters.Select(l => l!["id"]!.GetValue<Guid>()).Where(id => id != oldest)) await Replay(id);
                await Replay(oldest);
            },
            t =>
            {
                foreach (var reference in references) t.WaitForExecutionOf<LodgeEnterpriseRequest>(m => m.SourceReference == reference);
            });

        (await List("limit=500")).ShouldBeEmpty();
    }

    private LodgeEnterpriseRequest Refused(Guid reference) => new(
        "Licensing", reference, null, EnterpriseRequestChannel.EnterpriseHomeDesk, "重庆南川示例科技有限公司",
        UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98"), "王经理", "13800000000", $"死信分页测试 {reference:N}",
        platform.Clock.GetUtcNow().AddHours(2));

    private Task Replay(Guid id) => platform.Scenario(s =>
    {
        s.Post.Url($"/api/admin/dead-letters/{id}/replay");
        s.As(platform, TestActors.Admin);
        s.StatusCodeShouldBe(202);
    });

    private async Task<JsonArray> List(string query) => JsonNode.Parse(await (await platform.Scenario(s =>
    {
        s.Get.Url($"/api/admin/dead-letters?{query}");
        s.As(platform, TestActors.Admin);
    })).ReadAsTextAsync())!.AsArray();
}
