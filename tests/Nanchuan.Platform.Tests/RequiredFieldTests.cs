using System.Text.Json.Nodes;
using Alba;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Issue 14 point 1: a required field left out is a 400 naming it, never its type's default (these six used to be
/// recorded as 不满意, 未兑现, simple with 2 days, platform, the government building and 电话联系). The body is refused
/// when it is read, before the case is looked up, so a random case id is enough.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RequiredFieldTests(PlatformHost platform)
{
    [Theory]
    [InlineData("/api/grievances/{id}/evaluation", """{"comment":"路面只修补了一半。"}""", "satisfied")]
    [InlineData("/api/grievances/{id}/promise-revisit", """{"note":"已回访。"}""", "kept")]
    [InlineData("/api/grievances/{id}/assignment", """{"handlingUnitId":"qu-chengshiguanliju"}""", "problemType")]
    [InlineData("/api/grievances", """{"enterpriseName":"重庆南川示例科技有限公司","creditCode":"91500119MA5U8XRB98","contactPerson":"王经理","phone":"13812345678","content":"道路破损。"}""", "channel")]
    [InlineData("/api/grievances/box-batches", """{"collectionDate":"2024-05-08","notes":[{"content":"路灯不亮。"}]}""", "boxLocation")]
    [InlineData("/api/grievances/{id}/contact", """{"contactedAt":"2024-05-09T14:00:00+08:00","notes":"已联系。"}""", "method")]
    public async Task A_required_field_left_out_is_a_400_naming_it(string url, string body, string field)
    {
        var errors = await RefusedAsync(url, body);
        errors.Select(e => e.Key).ShouldBe([field]);
        errors[field]!.AsArray().ShouldHaveSingleItem()!.GetValue<string>().ShouldBe($"“{field}”为必填项 / '{field}' is required.");
    }

    [Fact]
    public async Task A_field_declared_nullable_may_be_left_out()
    {
        // Only satisfied given: comment and revisitedAt are optional, so the body is read and the (unknown) case is looked up.
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Text("""{"satisfied":true}""").ToUrl($"/api/grievances/{Guid.NewGuid()}/evaluation");
            s.WithRequestHeader("Content-Type", "application/json");
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(404);
        });
        (await result.ReadAsTextAsync()).ShouldContain("未找到 / Not found");
    }

    private async Task<JsonObject> RefusedAsync(string url, string body)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Text(body).ToUrl(url.Replace("{id}", Guid.NewGuid().ToString()));
            s.WithRequestHeader("Content-Type", "application/json");
            s.As(platform, url.EndsWith("/contact") ? TestActors.MarketRegulator : TestActors.BusinessOffice);
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var problem = JsonNode.Parse(await result.ReadAsTextAsync())!.AsObject();
        problem["title"]!.GetValue<string>().ShouldBe("输入有误 / Invalid input");
        return problem["errors"]!.AsObject();
    }
}
