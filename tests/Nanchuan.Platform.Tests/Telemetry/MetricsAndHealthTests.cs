using System.Text.Json.Nodes;
using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Nanchuan.Platform.Tests.Telemetry;

public sealed class OperationsHost() : ModuleHost(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Beijing));

/// <summary>`/metrics` and `/health/messaging` (ADR 0092): the names an operator's dashboards use, a dead letter reported, the Admin only.</summary>
public sealed class MetricsAndHealthTests(OperationsHost platform) : IClassFixture<OperationsHost>
{
    [Fact]
    public async Task Metrics_name_requests_messages_events_runtime_and_the_messaging_signals()
    {
        await platform.TrackAsync(() => platform.Post(TestActors.Enterprise, "/api/grievances",
            new { channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode, contactPerson = "王经理",
                  phone = "13800000000", content = "园区道路照明不足（指标测试）" }, 201));

        var metrics = await (await platform.Get(TestActors.Admin, "/metrics")).ReadAsTextAsync();

        metrics.ShouldContain("http_server_request_duration_seconds");
        metrics.ShouldContain("wolverine_");
        metrics.ShouldContain("marten_event_append");
        metrics.ShouldContain("dotnet_gc_");
        metrics.ShouldContain("nanchuan_messages_dead_letters");
        metrics.ShouldContain("nanchuan_messages_scheduled");
        metrics.ShouldContain("nanchuan_messages_scheduled_oldest_age_seconds");
    }

    [Fact]
    public async Task A_dead_letter_degrades_the_messaging_health_until_it_is_replayed()
    {
        (await Health())["status"]!.GetValue<string>().ShouldBe("Healthy");

        var reference = Guid.CreateVersion7();
        // Stamped two hours ahead of the receiver's clock: Grievances refuses a request received in the future (as DeadLetterTests).
        var lodge = new LodgeEnterpriseRequest("Licensing", reference, null, EnterpriseRequestChannel.EnterpriseHomeDesk, "重庆南川示例科技有限公司",
            UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98"), "王经理", "13800000000", $"健康检查死信 {reference:N}", platform.Clock.GetUtcNow().AddHours(2));
        await platform.TrackActivity(MessageTracking.Timeout).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((IMessageContext bus) => bus.PublishAsync(lodge).AsTask());

        var degraded = await Health();
        degraded["status"]!.GetValue<string>().ShouldBe("Degraded");
        degraded["checks"]!["messaging"]!["data"]!["deadLetters"]!.GetValue<long>().ShouldBe(1);
        degraded["checks"]!["messaging"]!["description"]!.GetValue<string>().ShouldContain("死信");

        var letter = JsonNode.Parse(await (await platform.Get(TestActors.Admin, "/api/admin/dead-letters")).ReadAsTextAsync())!.AsArray().Single()!;
        platform.AdvanceTo(platform.Clock.GetUtcNow().AddHours(3));
        await platform.TrackAsync(
            () => platform.Scenario(s =>
            {
                s.Post.Url($"/api/admin/dead-letters/{letter["id"]!.GetValue<Guid>()}/replay");
                s.As(platform, TestActors.Admin);
                s.StatusCodeShouldBe(202);
            }),
            t => t.WaitForExecutionOf<LodgeEnterpriseRequest>(m => m.SourceReference == reference));
        (await Health())["status"]!.GetValue<string>().ShouldBe("Healthy");
    }

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/health/messaging")]
    public async Task Only_the_admin_reads_the_operations_endpoints(string url)
    {
        await platform.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(401);
        });
        foreach (var actor in new[] { TestActors.BusinessOffice, TestActors.Supervisor, TestActors.Enterprise })
            await platform.Get(actor, url, 403);
    }

    private async Task<JsonNode> Health() =>
        JsonNode.Parse(await (await platform.Get(TestActors.Admin, "/health/messaging")).ReadAsTextAsync())!;
}
