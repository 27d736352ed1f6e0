using System.Text;
using System.Text.Json.Nodes;
using Alba;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>Issue 14 points 3 and 3a: the platform's limits and the inputs that used to answer 500 or be taken silently.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RequestLimitTests(PlatformHost platform)
{
    [Fact]
    public async Task A_box_batch_of_more_than_500_notes_is_refused_naming_the_list()
    {
        var notes = string.Join(",", Enumerable.Repeat("""{"content":"路灯不亮。"}""", 501));
        var errors = await RefusedAsync("post", "/api/grievances/box-batches",
            $$"""{"boxLocation":"industrialPark","collectionDate":"2024-05-08","notes":[{{notes}}]}""");
        errors["notes"]!.AsArray().ShouldHaveSingleItem()!.GetValue<string>()
            .ShouldBe("“notes”最多 500 项，收到 501 项 / 'notes' holds at most 500 entries, not 501.");
    }

    [Fact]
    public async Task A_text_over_its_limit_is_refused_naming_the_field()
    {
        var errors = await RefusedAsync("post", $"/api/grievances/{Guid.NewGuid()}/evaluation",
            $$"""{"satisfied":false,"comment":"{{new string('坑', 2_001)}}"}""");
        errors["comment"]!.AsArray().ShouldHaveSingleItem()!.GetValue<string>()
            .ShouldBe("“comment”最长 2000 个字符，收到 2001 个 / 'comment' holds at most 2000 characters, not 2001.");
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_before_it_is_read()
    {
        var errors = await RefusedAsync("post", "/api/grievances/box-batches", $$"""{"padding":"{{new string('x', 1_048_577)}}"}""");
        errors.Select(e => e.Key).ShouldBe(["body"]);
    }

    [Fact]
    public async Task A_deadline_without_from_is_a_400_naming_it()
    {
        var errors = await RefusedAsync("get", "/api/calendar/deadlines?workingDays=2", null);
        errors.Select(e => e.Key).ShouldBe(["from"]);
    }

    [Theory]
    [InlineData("/api/grievances?status=-1", "status")]
    [InlineData("/api/grievances?status=3", "status")]
    public async Task A_number_for_an_enum_query_value_is_a_400_naming_it(string url, string parameter)
    {
        var errors = await RefusedAsync("get", url, null);
        errors.Select(e => e.Key).ShouldBe([parameter]);
        errors[parameter]!.AsArray().ShouldHaveSingleItem()!.GetValue<string>().ShouldContain(" / ");
    }

    [Theory]
    [InlineData("BusinessOffice")]
    [InlineData("Enterprise")]
    public async Task A_development_token_with_an_invalid_credit_code_is_refused_for_any_role(string role)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Text($$"""{"role":"{{role}}","creditCode":"91500119MA5U8XRB3M"}""").ToUrl("/api/dev/tokens");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });
        var problem = JsonNode.Parse(await result.ReadAsTextAsync())!;
        problem["errors"]!["creditCode"]!.AsArray().ShouldHaveSingleItem()!.GetValue<string>().ShouldStartWith("第9至17位组织机构代码的校验码错误");
    }

    private async Task<JsonObject> RefusedAsync(string method, string url, string? body)
    {
        var result = await platform.Host.Scenario(s =>
        {
            if (body is null) s.Get.Url(url);
            else
            {
                s.Post.ByteArray(Encoding.UTF8.GetBytes(body)).ToUrl(url);
                s.WithRequestHeader("Content-Type", "application/json");
            }
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var problem = JsonNode.Parse(await result.ReadAsTextAsync())!.AsObject();
        problem["title"]!.GetValue<string>().ShouldBe("输入有误 / Invalid input");
        return problem["errors"]!.AsObject();
    }
}
