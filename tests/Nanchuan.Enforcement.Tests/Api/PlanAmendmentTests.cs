using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Enforcement.Findings;
using Nanchuan.Enforcement.Inspecting;
using Nanchuan.Enforcement.Planning;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>A platform of its own: amending a plan changes who may be inspected in its quarter.</summary>
public sealed class AmendmentHost() : ModuleHost(new DateTimeOffset(2025, 7, 3, 10, 0, 0, Beijing));

/// <summary>调整季度执法计划: the Justice Bureau adds or withdraws a planned inspection with a reason; the draw still replays (ADR 0064).</summary>
public sealed class PlanAmendmentTests(AmendmentHost platform) : IClassFixture<AmendmentHost>
{
    private const string Q3 = "2025Q3";
    private const string Amendments = Route + "/plans/" + Q3 + "/amendments";
    private const string Added = "91500119MA5EF0C31G";

    private async Task<QuarterlyPlan> PlanOfQ3Async()
    {
        if (await platform.LoadAsync<QuarterlyPlan>(QuarterlyPlan.IdOf(new Quarter(2025, 3))) is { } plan) return plan;
        platform.SetTime(Time("2025-07-03 10:00"));
        await platform.Post(JusticeBureau, Route + "/plans", Plan(Q3, "公开抽取-2025Q3"), 201);
        return (await platform.LoadAsync<QuarterlyPlan>(QuarterlyPlan.IdOf(new Quarter(2025, 3))))!;
    }

    [Fact]
    public async Task An_added_inspection_is_drawn_from_the_plans_pool_and_carried_out_a_withdrawn_one_no_longer_authorises_and_the_draw_still_replays()
    {
        var plan = await PlanOfQ3Async();
        var withdrawn = plan.Entries.First(e => e.Month == "2025-08");
        platform.SetTime(Time("2025-07-15 10:00"));
        await platform.Post(JusticeBureau, Amendments, new AmendPlanRequest(PlanAmendmentKind.Add, Added, "重庆南川新入园制造有限公司", Scenario.Industrial, "2025-08",
            "企业7月新入园投产，增列本季度综合检查"));
        await platform.Post(JusticeBureau, Amendments, new AmendPlanRequest(PlanAmendmentKind.Withdraw, withdrawn.CreditCode, null, null, null, "企业已停产注销，撤销检查"));

        var amended = await platform.Get(TestActors.BusinessOffice, $"{Route}/plans/{Q3}").Read<QuarterlyPlan>();
        amended.Entries.Select(e => e.CreditCode).ShouldNotContain(withdrawn.CreditCode);
        var added = amended.Entries.Single(e => e.CreditCode == Added);
        added.Departments.ShouldBe(ScenarioChecklists.Seed.DepartmentsOf(Scenario.Industrial));
        added.Inspectors.Select(i => i.Department).ShouldBe(added.Departments);
        amended.Amendments.Select(a => (a.Kind, a.CreditCode)).ShouldBe([(PlanAmendmentKind.Add, Added), (PlanAmendmentKind.Withdraw, withdrawn.CreditCode)]);
        var events = await platform.EventsAsync(plan.Id);
        events.Select(e => e.GetType().Name).ShouldBe(["QuarterlyPlanDrawn", "PlannedInspectionAdded", "PlannedInspectionWithdrawn"]);

        // The draw is untouched: its recorded inputs still give the drawn entries, the withdrawn one among them.
        var drawn = (QuarterlyPlanDrawn)events[0];
        var replay = await platform.Post(TestActors.BusinessOffice, Route + "/draw-replays", new ReplayDrawRequest(drawn.Quarter, drawn.EnterpriseCandidates,
            drawn.InspectorCandidates, drawn.EnterprisesToInspect, drawn.Seed, drawn.ChecklistVersion)).Read<DrawReplayResponse>();
        replay.Entries.Select(e => e.CreditCode).ShouldBe(drawn.Entries.Select(e => e.CreditCode));
        replay.Entries.Select(e => e.CreditCode).ShouldContain(withdrawn.CreditCode);

        platform.SetTime(Time("2025-08-14 10:00"));
        var refused = await platform.Post(Department(withdrawn.Departments[0]), Route + "/inspections",
            new RecordInspectionRequest(withdrawn.CreditCode, null, null, null, null, null, null), 403).Read<ProblemDetails>();
        refused.Extensions.ShouldContainKey("unauthorisedInspectionId");
        var lead = Department(added.Departments[0]);
        var inspection = await platform.Post(lead, Route + "/inspections", new RecordInspectionRequest(Added, null, null, null, null, null, null), 201)
            .Read<InspectionRecordedResponse>();
        inspection.Kind.ShouldBe(InspectionKind.Comprehensive);
        await platform.Post(lead, $"{Route}/inspections/{inspection.Id}/findings", new RecordFindingsBody(ScenarioChecklists.Seed.Of(Scenario.Industrial)
            .Select(i => new FindingBody(i.Code, FindingOutcome.Compliant, null, null, null)).ToList()));

        var carriedOut = await platform.Post(JusticeBureau, Amendments, new AmendPlanRequest(PlanAmendmentKind.Withdraw, Added, null, null, null, "误列"), 409)
            .Read<ProblemDetails>();
        carriedOut.Extensions["currentState"]!.ToString().ShouldBe("已实施");
    }

    [Fact]
    public async Task Bad_input_is_400_illegal_changes_are_409_naming_the_state_only_the_justice_bureau_amends_and_nothing_is_written()
    {
        var plan = await PlanOfQ3Async();
        platform.SetTime(Time("2025-08-20 10:00"));
        var before = await platform.EventCountAsync();
        var bad = await platform.Post(JusticeBureau, Amendments, new AmendPlanRequest(PlanAmendmentKind.Add, "91500119MA5EF0C31X", " ", null, "2025-07", ""), 400)
            .Read<HttpValidationProblemDetails>();
        bad.Errors.Keys.ShouldBe(["creditCode", "enterpriseName", "scenario", "month", "reason"], ignoreOrder: true);
        bad.Errors["month"][0].ShouldContain("2025-08、2025-09");
        var extra = await platform.Post(JusticeBureau, Amendments, new AmendPlanRequest(PlanAmendmentKind.Withdraw, Unplanned, "某公司", Scenario.Industrial, null, "x"), 400)
            .Read<HttpValidationProblemDetails>();
        extra.Errors.Keys.ShouldBe(["enterpriseName", "scenario"], ignoreOrder: true);
        (await platform.Post(JusticeBureau, Amendments, new AmendPlanRequest(null, null, null, null, null, null), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["kind", "creditCode", "reason"], ignoreOrder: true);

        var entry = plan.Entries[0];
        (await platform.Post(JusticeBureau, Amendments, new AmendPlanRequest(PlanAmendmentKind.Add, entry.CreditCode, entry.EnterpriseName, entry.Scenario, "2025-09", "重复"), 409)
            .Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("已在计划中");
        (await platform.Post(JusticeBureau, Amendments, new AmendPlanRequest(PlanAmendmentKind.Withdraw, Unplanned, null, null, null, "不在计划"), 409)
            .Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("不在计划中");
        await platform.Post(Market, Amendments, new AmendPlanRequest(PlanAmendmentKind.Withdraw, entry.CreditCode, null, null, null, "越权"), 403);
        await platform.Post(JusticeBureau, Route + "/plans/2024Q3/amendments", new AmendPlanRequest(PlanAmendmentKind.Withdraw, entry.CreditCode, null, null, null, "无此计划"), 404);

        platform.SetTime(Time("2025-10-09 10:00"));
        (await platform.Post(JusticeBureau, Amendments, new AmendPlanRequest(PlanAmendmentKind.Withdraw, entry.CreditCode, null, null, null, "季度结束后"), 409)
            .Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("季度已结束");
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
