using Alba;
using Nanchuan.LandUse.Projects;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

[Collection(LandUseCollection.Name)]
public sealed class WindowVisitTests(LandUseHost platform)
{
    [Fact]
    public async Task Every_window_visit_is_a_trip_and_shows_against_its_stage()
    {
        var code = (await platform.Start()).Code;
        await platform.Through(code, 5, platform.Today().AddMonths(-1));

        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Json(new RecordWindowVisit(5, "补正建设工程设计方案")).ToUrl($"/api/landuse/projects/{code}/visits");
            s.As(platform, TestActors.WindowClerk);
        });
        // Hand-ins at the window at stages 2 and 5, and this visit.
        (await result.ReadAsJsonAsync<WindowVisitView>()).Trips.ShouldBe(3);

        var report = (await platform.Get(code)).Report;
        report.Trips.ShouldBe(3);
        report.Stages.Single(s => s.Stage == 5).Trips.ShouldBe(2);
        report.Stages.Where(s => s.Stage is 3 or 4).ShouldAllBe(s => s.Trips == 0);
    }

    [Fact]
    public async Task A_visit_without_purpose_or_with_an_unknown_stage_is_a_400()
    {
        var started = await platform.Start();
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new RecordWindowVisit(8, "")).ToUrl($"/api/landuse/projects/{started.Code}/visits");
            s.As(platform, TestActors.WindowClerk);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("\"stage\"");
            s.ContentShouldContain("\"purpose\"");
        });
        (await platform.Get(started.Code)).Report.Trips.ShouldBe(0);
    }
}
