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

    [Fact]
    public async Task A_deficient_check_result_scores_the_contractor_3_points_by_itself_and_a_project_without_contractor_scores_nobody()
    {
        const string cityDepartment = "区城市管理局";
        var cityDesk = Department(cityDepartment);
        var contractor = Organisation("91500119MA5EF0D707", "重庆南川市政养护有限公司");
        platform.SetTime(Time("2025-10-09 10:00"));
        var awarded = (await platform.PublishAsync(Project(420_000m, department: cityDepartment))).Id;
        var unawarded = (await platform.PublishAsync(Project(430_000m, department: cityDepartment))).Id;
        platform.SetTime(Time("2025-10-10 10:00"));
        await platform.Post(contractor, Route + $"/projects/{awarded}/registrations", new Registration.RegisterBidderBody(null));
        platform.SetTime(Time("2025-10-30 10:00"));
        await platform.Post(Owner, Route + $"/projects/{awarded}/award", new AwardProjectBody(null, null, null));

        platform.SetTime(Time("2025-11-20 10:00"));
        var drawn = await platform.Post(cityDesk, Route + "/checks", new DrawChecksRequest("2025Q4", 2, null), 201).Read<ChecksDrawnResponse>();
        drawn.Selected.ShouldBe([awarded.ToString(), unawarded.ToString()], ignoreOrder: true);
        await platform.Post(cityDesk, Route + $"/checks/{drawn.Id}/results", new PublishCheckResultBody(unawarded, CheckOutcome.Deficient, "业主未按期定标"));
        await platform.Post(cityDesk, Route + $"/checks/{drawn.Id}/results", new PublishCheckResultBody(awarded, CheckOutcome.Deficient, "施工进度滞后合同工期30天"));

        var incident = (await platform.LoadAsync<BidderCredit>(BidderCredit.IdOf(contractor.CreditCode!)))!.Incidents.ShouldHaveSingleItem();
        incident.Kind.ShouldBe(IncidentKind.LateOrPoorPerformance);
        incident.Points.ShouldBe(3);
        incident.ProjectId.ShouldBe(awarded);
        incident.Source.ShouldBe(cityDepartment);
        incident.RecordedOn.ShouldBe(new DateOnly(2025, 11, 20));
        (await platform.SqlRowsAsync($"select department, kind, points from procurement.incident_rows where credit_code = '{contractor.CreditCode}'"))
            .ShouldBe([$"{cityDepartment}|lateOrPoorPerformance|3"]);
    }
}
