using Alba;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

[Collection(PlatformCollection.Name)]
public sealed class SecurityTests(PlatformHost platform)
{
    [Fact]
    public async Task Without_a_token_the_answer_is_a_401_problem()
    {
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/calendar/years");
            s.StatusCodeShouldBe(401);
            s.ContentTypeShouldBe("application/problem+json");
            s.ContentShouldContain("未登录");
        });
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/calendar/years");
            s.WithRequestHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6IkFkbWluIn0.c2lnbmF0dXJl");
            s.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task A_role_without_the_right_gets_a_403_naming_the_allowed_roles()
    {
        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{Guid.NewGuid()}");
            s.As(platform, TestActors.Enterprise);
            s.StatusCodeShouldBe(403);
            s.ContentTypeShouldBe("application/problem+json");
            s.ContentShouldContain("Supervisor");
        });
    }

    [Fact]
    public async Task Supervisors_read_but_any_write_of_theirs_is_refused()
    {
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/calendar/years");
            s.As(platform, TestActors.Supervisor);
            s.StatusCodeShouldBeOk();
        });
        await platform.Host.Scenario(s =>
        {
            s.Put.Json(LoadHolidaySchedule.Example).ToUrl("/api/calendar/years/2027");
            s.As(platform, TestActors.Supervisor);
            s.StatusCodeShouldBe(403);
            s.ContentShouldContain("监督人员只能查阅");
        });
    }

    [Fact]
    public async Task Development_issues_tokens_that_the_platform_accepts()
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Json(new DevelopmentTokenRequest("DepartmentHandler", null, "赵六", "区市场监管局", null)).ToUrl(DevelopmentTokens.Route);
        });
        var token = await result.ReadAsJsonAsync<DevelopmentTokenResponse>();
        token.Actor.Department.ShouldBe("区市场监管局");

        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/calendar/years");
            s.WithRequestHeader("Authorization", $"Bearer {token.AccessToken}");
            s.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task A_window_clerk_token_names_the_clerks_service_point()
    {
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new DevelopmentTokenRequest("WindowClerk", null, "东城 窗口人员", null, null)).ToUrl(DevelopmentTokens.Route);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("\"servicePoint\"");
        });
        var result = await platform.Host.Scenario(s =>
            s.Post.Json(new DevelopmentTokenRequest("WindowClerk", null, "东城 窗口人员", null, null, "东城")).ToUrl(DevelopmentTokens.Route));
        var token = await result.ReadAsJsonAsync<DevelopmentTokenResponse>();
        token.Actor.ServicePoint.ShouldBe("东城");
        token.Actor.Channel.ShouldBe("window");
        new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().ReadJwtToken(token.AccessToken).Claims
            .ShouldContain(claim => claim.Type == "service_point" && claim.Value == "东城");
    }

    [Theory]
    [InlineData("Mayor", null, null, "role")]
    [InlineData("DepartmentHandler", null, null, "department")]
    [InlineData("Enterprise", null, "91500119MA5U8XRB3N", "creditCode")]
    public async Task A_bad_token_request_is_a_field_error(string role, string? department, string? creditCode, string field)
    {
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new DevelopmentTokenRequest(role, null, null, department, creditCode)).ToUrl(DevelopmentTokens.Route);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain($"\"{field}\"");
        });
    }

    [Fact]
    public async Task An_unknown_case_is_a_404_problem()
    {
        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{Guid.NewGuid()}");
            s.As(platform, TestActors.Supervisor);
            s.StatusCodeShouldBe(404);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }
}

[Collection(PlatformCollection.Name)]
public sealed class AccessRefusalLogTests(PlatformHost platform)
{
    [Fact]
    public async Task Every_refusal_is_recorded_for_supervisors()
    {
        var probe = Guid.NewGuid();
        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{probe}");
            s.As(platform, TestActors.Enterprise);
            s.StatusCodeShouldBe(403);
        });

        var refusals = await (await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/refusals?limit=500");
            s.As(platform, TestActors.Supervisor);
        })).ReadAsJsonAsync<List<AccessRefusal>>();
        var refusal = refusals.Where(r => r.Path.Contains(probe.ToString())).ShouldHaveSingleItem();
        refusal.ActorId.ShouldBe(TestActors.Enterprise.Id);
        refusal.Role.ShouldBe("Enterprise");
        refusal.Method.ShouldBe("GET");
        refusal.Reason.ShouldContain("Supervisor");
    }

    [Fact]
    public async Task The_log_is_read_page_by_page_to_its_end_without_a_repeat_or_a_gap()
    {
        var from = DateTimeOffset.UtcNow.AddSeconds(-1);
        var probes = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        foreach (var probe in probes)
            await platform.Host.Scenario(s =>
            {
                s.Get.Url($"/api/audit/streams/{probe}");
                s.As(platform, TestActors.Enterprise);
                s.StatusCodeShouldBe(403);
            });

        var window = $"from={Uri.EscapeDataString(from.ToString("O"))}";
        var whole = await Refusals($"{window}&limit=500");
        var paged = new List<AccessRefusal>();
        for (var offset = 0; offset <= whole.Count; offset += 2) paged.AddRange(await Refusals($"{window}&limit=2&offset={offset}"));

        paged.Select(r => r.Id).ShouldBe(whole.Select(r => r.Id));
        probes.ShouldAllBe(probe => whole.Count(r => r.Path.Contains(probe.ToString())) == 1);
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/refusals?offset=-1");
            s.As(platform, TestActors.Supervisor);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("offset");
        });
    }

    private async Task<List<AccessRefusal>> Refusals(string query) =>
        await (await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/refusals?{query}");
            s.As(platform, TestActors.Supervisor);
        })).ReadAsJsonAsync<List<AccessRefusal>>();

    [Fact]
    public async Task Only_supervisors_and_admins_read_the_refusals()
    {
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/refusals");
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(403);
        });
    }
}
