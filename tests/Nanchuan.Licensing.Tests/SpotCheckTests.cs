using Alba;
using Nanchuan.Licensing.Registration;
using Nanchuan.Licensing.SpotChecks;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

public sealed class SpotCheckDrawTests
{
    [Fact]
    public void The_draw_replays_from_its_candidates_and_seed_whatever_their_order()
    {
        var candidates = Enumerable.Range(1, 10).Select(n => new Guid($"00000000-0000-0000-0000-{n:000000000000}")).ToList();
        var drawn = SpotCheckDecisions.Draw(candidates, 3, 42);
        drawn.Count.ShouldBe(3);
        drawn.Distinct().Count().ShouldBe(3);
        SpotCheckDecisions.Draw(Enumerable.Reverse(candidates), 3, 42).ShouldBe(drawn);
        SpotCheckDecisions.Draw(candidates, 20, 7).Count.ShouldBe(10);
    }
}

[Collection(LicensingCollection.Name)]
public sealed class SpotCheckApiTests(LicensingHost platform)
{
    [Fact]
    public async Task A_failed_check_opens_a_rectification_the_point_closes_once()
    {
        platform.SetShanghaiTime(2030, 3, 6, 9, 0);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await platform.FileAsync("西城", $"重庆南川抽查测试{i}有限公司");
            await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", clerk: platform.ClerkOf(id)));
            await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/licence", clerk: platform.ClerkOf(id)));
            ids.Add(id);
        }

        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new DrawSpotCheck("西城", 2, 2030)).ToUrl("/api/licensing/spot-checks");
            s.As(platform, TestActors.Planner);
            s.StatusCodeShouldBe(403);
        });
        var check = await (await platform.Host.Scenario(s =>
        {
            s.Post.Json(new DrawSpotCheck("西城", 2, 2030)).ToUrl("/api/licensing/spot-checks");
            s.As(platform, TestActors.MarketRegulator);
        })).ReadAsJsonAsync<SpotCheck>();
        check.Candidates.ShouldBe(ids.Order().ToList());
        check.Items.Select(i => i.RegistrationId).ShouldBe(SpotCheckDecisions.Draw(ids, 2, 2030));
        var failed = check.Items[0].RegistrationId;

        var afterResult = await (await platform.Host.Scenario(s =>
        {
            s.Post.Json(new RecordSpotCheckResult(failed, false, "经营范围表述与章程不一致")).ToUrl($"/api/licensing/spot-checks/{check.Id}/results");
            s.As(platform, TestActors.MarketRegulator);
        })).ReadAsJsonAsync<SpotCheck>();
        afterResult.ItemFor(failed)!.RectificationOpen.ShouldBeTrue();

        var notDrawn = ids.Except(check.Items.Select(i => i.RegistrationId)).Single();
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new RecordSpotCheckResult(notDrawn, true, "合格")).ToUrl($"/api/licensing/spot-checks/{check.Id}/results");
            s.As(platform, TestActors.MarketRegulator);
            s.StatusCodeShouldBe(400);
        });

        var closeUrl = $"/api/licensing/spot-checks/{check.Id}/rectifications/{failed}/closure";
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new CloseRectification("已通知企业变更章程")).ToUrl(closeUrl);
            s.As(platform, TestActors.ClerkAt("东城"));
            s.StatusCodeShouldBe(403);
            s.ContentShouldContain("不能办理西城服务点的业务");
        });
        var closed = await (await platform.Host.Scenario(s =>
        {
            s.Post.Json(new CloseRectification("已通知企业变更章程")).ToUrl(closeUrl);
            s.As(platform, TestActors.ClerkAt("西城"));
        })).ReadAsJsonAsync<SpotCheck>();
        closed.ItemFor(failed)!.RectificationOpen.ShouldBeFalse();
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new CloseRectification("再次整改")).ToUrl(closeUrl);
            s.As(platform, TestActors.ClerkAt("西城"));
            s.StatusCodeShouldBe(409);
            s.ContentShouldContain("整改已完成");
        });
    }
}
