using Alba;
using Nanchuan.LandUse.Stages;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

[Collection(LandUseCollection.Name)]
public sealed class AccessTests(LandUseHost platform)
{
    [Fact]
    public async Task A_handler_of_another_department_is_refused_with_the_reason()
    {
        var code = (await platform.Start()).Code;
        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/landuse/projects/{code}");
            s.As(platform, TestActors.MarketRegulator);
            s.StatusCodeShouldBe(403);
            s.ContentShouldContain("区规划自然资源局");
        });
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(Walk.Project()).ToUrl("/api/landuse/projects");
            s.As(platform, TestActors.MarketRegulator);
            s.StatusCodeShouldBe(403);
        });
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/landuse/reports/overall");
            s.As(platform, TestActors.MarketRegulator);
            s.StatusCodeShouldBe(403);
        });
    }

    [Fact]
    public async Task An_enterprise_handing_in_online_brings_its_material_without_a_trip()
    {
        var code = (await platform.Start()).Code;
        await platform.Through(code, 1, platform.Today().AddMonths(-1));
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage(["2.5"])).ToUrl($"/api/landuse/projects/{code}/stages/2/submission");
            s.As(platform, TestActors.Enterprise);
        });
        var accepted = await result.ReadAsJsonAsync<StageAcceptance>();
        accepted.ApplicantMaterials.ShouldBe(1);
        accepted.WindowTrip.ShouldBeFalse();
        (await platform.Get(code, TestActors.Enterprise)).Report.Trips.ShouldBe(0);
    }

    [Fact]
    public async Task A_window_clerks_hand_in_is_a_trip_whatever_channel_the_client_claims()
    {
        // Issue 14, point 7: the one-trip figures come from the server (ADR 0032), not from an X-Channel header.
        var code = (await platform.Start()).Code;
        await platform.Through(code, 1, platform.Today().AddMonths(-1));
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage(["2.5"])).ToUrl($"/api/landuse/projects/{code}/stages/2/submission");
            s.As(platform, TestActors.WindowClerk);
            s.WithRequestHeader("X-Channel", "web");
        });
        (await result.ReadAsJsonAsync<StageAcceptance>()).WindowTrip.ShouldBeTrue();
        (await platform.Get(code, TestActors.Enterprise)).Report.Trips.ShouldBe(1);
    }

    [Fact]
    public async Task An_enterprise_claiming_the_window_hands_in_online_without_a_trip()
    {
        var code = (await platform.Start()).Code;
        await platform.Through(code, 1, platform.Today().AddMonths(-1));
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage(["2.5"])).ToUrl($"/api/landuse/projects/{code}/stages/2/submission");
            s.As(platform, TestActors.Enterprise);
            s.WithRequestHeader("X-Channel", "window");
        });
        (await result.ReadAsJsonAsync<StageAcceptance>()).WindowTrip.ShouldBeFalse();
    }

    [Fact]
    public async Task Two_simultaneous_hand_ins_of_a_stage_accept_one_and_refuse_the_other_with_409()
    {
        var started = await platform.Start();
        await platform.Through(started.Code, 1, platform.Today().AddMonths(-1));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage(["2.5"])).ToUrl($"/api/landuse/projects/{started.Code}/stages/2/submission");
            s.As(platform, TestActors.WindowClerk);
            s.IgnoreStatusCode();
        })));

        attempts.Select(a => a.Context.Response.StatusCode).Order().ShouldBe([200, 409]);
        (await platform.Get(started.Code)).Stages.Count(s => s.Number == 2).ShouldBe(1);
    }

    [Fact]
    public async Task An_enterprise_cannot_hand_in_the_land_reserve_agencys_stage()
    {
        var started = await platform.Start();
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage(["1.1", "1.2", "1.3"], platform.Today())).ToUrl($"/api/landuse/projects/{started.Code}/stages/1/submission");
            s.As(platform, TestActors.Enterprise);
            s.StatusCodeShouldBe(403);
        });
    }
}
