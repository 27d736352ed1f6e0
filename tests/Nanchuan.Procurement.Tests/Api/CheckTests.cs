using Nanchuan.BuildingBlocks.Draws;
using Nanchuan.Procurement.Awarding;
using Nanchuan.Procurement.Checks;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>双随机、一公开 performance checks: at least ceil(10 %) of a department's projects per quarter, auditable, results published.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class CheckTests(ProcurementHost platform)
{
    private const string WaterDepartment = "区水利局";
    private static readonly Nanchuan.BuildingBlocks.Actors.Actor WaterDesk = Department(WaterDepartment);

    [Fact]
    public async Task A_department_with_25_projects_in_a_quarter_has_at_least_3_drawn_for_checks_replayable_and_published()
    {
        platform.SetTime(Time("2025-07-10 10:00"));
        for (var i = 0; i < 25; i++) await platform.PublishAsync(Project(100_000m + i, department: WaterDepartment));
        platform.SetTime(Time("2025-09-20 10:00"));
        var before = await platform.EventCountAsync();
        (await platform.Post(WaterDesk, Route + "/checks", new DrawChecksRequest("2025Q3", 2, null), 400).Read<HttpValidationProblemDetails>())
            .Errors["count"][0].ShouldContain("3");
        await platform.Post(AgricultureDesk, Route + "/checks", new DrawChecksRequest("2025Q1", null, null), 409);
        await platform.Post(TestActors.MarketRegulator, Route + "/checks", new DrawChecksRequest("2025Q3", null, null), 403);
        (await platform.EventCountAsync()).ShouldBe(before);

        var drawn = await platform.Post(WaterDesk, Route + "/checks", new DrawChecksRequest("2025Q3", null, "2025Q3 公开抽取"), 201).Read<ChecksDrawnResponse>();
        drawn.Projects.ShouldBe(25);
        drawn.Minimum.ShouldBe(3);
        drawn.Selected.Count.ShouldBe(3);
        var recorded = (PerformanceChecksDrawn)(await platform.EventsAsync(drawn.Id))[0];
        recorded.Draw.Candidates.Count.ShouldBe(25);
        recorded.Draw.Algorithm.ShouldBe(AuditableDraw.Algorithm);
        (await platform.Post(WaterDesk, Route + "/draw-replays", new ReplayDrawBody(recorded.Draw.Candidates, recorded.Draw.Seed, 3)).Read<DrawReplayResponse>())
            .Selected.ShouldBe(drawn.Selected);
        (await platform.Post(WaterDesk, Route + "/checks", new DrawChecksRequest("2025Q3", null, null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已抽取");

        var first = Guid.Parse(drawn.Selected[0]);
        await platform.Post(AgricultureDesk, Route + $"/checks/{drawn.Id}/results", new PublishCheckResultBody(first, CheckOutcome.Satisfactory, "良好"), 403);
        await platform.Post(WaterDesk, Route + $"/checks/{drawn.Id}/results", new PublishCheckResultBody(Guid.NewGuid(), CheckOutcome.Satisfactory, "良好"), 400);
        await platform.Post(WaterDesk, Route + $"/checks/{drawn.Id}/results", new PublishCheckResultBody(first, CheckOutcome.Deficient, "项目经理未到岗"));
        await platform.Post(WaterDesk, Route + $"/checks/{drawn.Id}/results", new PublishCheckResultBody(first, CheckOutcome.Satisfactory, "复查"), 409);

        var published = await platform.Scenario(s => { s.Get.Url(Route + "/public/checks?quarter=2025Q3"); s.StatusCodeShouldBe(200); }).Read<List<PublicCheckDraw>>();
        var water = published.Single(d => d.Department == WaterDepartment);
        water.Checked.Select(c => c.ProjectId.ToString()).ShouldBe(drawn.Selected);
        water.Checked[0].Outcome.ShouldBe(CheckOutcome.Deficient);
        water.Checked[1].Outcome.ShouldBeNull();
        (await platform.SqlRowsAsync($"select projects, checked, coverage_percent::text, meets_ten_percent from procurement.check_coverage where quarter = '2025Q3' and department = '{WaterDepartment}'"))
            .ShouldBe(["25|3|12.00|True"]);
    }
}
