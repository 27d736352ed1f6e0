using Nanchuan.BuildingBlocks.Draws;
using Nanchuan.Enforcement.Planning;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>The quarterly plan: drawn by the Justice Bureau in the quarter's first month, auditable and replayable.</summary>
[Collection(EnforcementCollection.Name)]
public sealed class PlanTests(EnforcementHost platform)
{
    [Fact]
    public async Task Replaying_a_recorded_draw_with_its_seed_and_candidate_lists_reproduces_the_same_selection()
    {
        var plan = await platform.PlanOfQ2Async();
        var drawn = (QuarterlyPlanDrawn)(await platform.EventsAsync(plan.Id))[0];
        drawn.Algorithm.ShouldStartWith(AuditableDraw.Algorithm);
        drawn.EnterpriseCandidates.Count.ShouldBe(Enterprises.Length);
        drawn.InspectorCandidates.Count.ShouldBe(Inspectors.Length);

        var replay = await platform.Post(TestActors.BusinessOffice, Route + "/draw-replays",
            new ReplayDrawRequest(drawn.Quarter, drawn.EnterpriseCandidates, drawn.InspectorCandidates, drawn.EnterprisesToInspect, drawn.Seed, drawn.ChecklistVersion)).Read<DrawReplayResponse>();

        replay.Algorithm.ShouldBe(drawn.Algorithm);
        replay.Entries.Select(Text).ShouldBe(drawn.Entries.Select(Text));
        var other = await platform.Post(TestActors.BusinessOffice, Route + "/draw-replays",
            new ReplayDrawRequest(drawn.Quarter, drawn.EnterpriseCandidates, drawn.InspectorCandidates, drawn.EnterprisesToInspect, "another seed", drawn.ChecklistVersion)).Read<DrawReplayResponse>();
        other.Entries.Select(Text).ShouldNotBe(drawn.Entries.Select(Text));
    }

    [Fact]
    public async Task Each_planned_inspection_names_the_enterprise_scenario_departments_and_one_inspector_per_department_spread_over_the_three_months()
    {
        var plan = await platform.PlanOfQ2Async();
        plan.Entries.Count.ShouldBe(Enterprises.Length);
        plan.Entries.GroupBy(e => e.Month).Select(g => (g.Key, g.Count())).Order().ShouldBe([("2025-04", 2), ("2025-05", 2), ("2025-06", 2)]);
        foreach (var entry in plan.Entries)
        {
            entry.Departments.ShouldBe(ScenarioChecklists.Seed.DepartmentsOf(entry.Scenario));
            entry.Inspectors.Select(i => i.Department).ShouldBe(entry.Departments);
        }
        var read = await platform.Get(TestActors.BusinessOffice, Route + "/plans/2025Q2").Read<QuarterlyPlan>();
        read.Seed.ShouldBe("公开抽取-2025Q2");
    }

    [Fact]
    public async Task A_second_plan_of_the_quarter_and_a_plan_outside_the_quarters_first_month_are_409_and_write_nothing()
    {
        await platform.PlanOfQ2Async();
        platform.SetTime(Time("2025-04-20 10:00"));
        var before = await platform.EventCountAsync();
        (await platform.Post(JusticeBureau, Route + "/plans", Plan(Q2), 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("已编制");

        platform.SetTime(Time("2025-08-05 10:00"));
        var late = await platform.Post(JusticeBureau, Route + "/plans", Plan("2025Q3"), 409).Read<ProblemDetails>();
        late.Extensions["currentState"]!.ToString().ShouldBe("当前为2025-08");
        late.Detail!.ShouldContain("季度首月（2025-07）");
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_plan_without_a_server_seed_records_the_one_drawn_and_bad_input_is_400_with_every_field_named()
    {
        platform.SetTime(Time("2025-10-09 10:00"));
        var before = await platform.EventCountAsync();
        var problem = await platform.Post(JusticeBureau, Route + "/plans",
            new DrawPlanRequest("2025-4", [], [new PoolInspector("x", "某人", Departments.MarketSupervision), new PoolInspector("x", "某人", Departments.MarketSupervision)], 0, " "), 400)
            .Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["quarter", "enterprises", "inspectors", "enterprisesToInspect", "seed"], ignoreOrder: true);
        var missing = await platform.Post(JusticeBureau, Route + "/plans",
            new DrawPlanRequest("2025Q4", Enterprises, [new PoolInspector("x", "某人", Departments.MarketSupervision)], null, null), 400).Read<HttpValidationProblemDetails>();
        missing.Errors["inspectors"][0].ShouldContain(Departments.EmergencyManagement);
        missing.Errors["enterprisesToInspect"][0].ShouldContain("请填写抽取企业数");
        (await platform.EventCountAsync()).ShouldBe(before);

        var drawn = await platform.Post(JusticeBureau, Route + "/plans", Plan("2025Q4", seed: null) with { EnterprisesToInspect = 2 }, 201).Read<PlanDrawnResponse>();
        drawn.Seed.Length.ShouldBe(32);
        drawn.Entries.Count.ShouldBe(2);
        drawn.Entries.Select(e => e.Month).ShouldBe(["2025-10", "2025-11"]);
    }

    private static string Text(PlannedInspection e) =>
        $"{e.CreditCode}|{e.Scenario}|{e.Month}|{string.Join(",", e.Departments)}|{string.Join(",", e.Inspectors.Select(i => i.Id))}";
}
