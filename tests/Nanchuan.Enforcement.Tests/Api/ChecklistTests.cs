using Marten;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Enforcement.Checklists;
using Nanchuan.Enforcement.Findings;
using Nanchuan.Enforcement.Inspecting;
using Nanchuan.Enforcement.Planning;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>A platform of its own: publishing a checklist version changes what every later plan and inspection is held to.</summary>
public sealed class ChecklistHost() : ModuleHost(new DateTimeOffset(2025, 7, 3, 10, 0, 0, Beijing));

/// <summary>应用场景清单 as versioned, Admin-managed, audited data (ADR 0062).</summary>
public sealed class ChecklistTests(ChecklistHost platform) : IClassFixture<ChecklistHost>
{
    private const string Checklists = Route + "/checklists";

    private static PublishChecklistVersionRequest WithUrbanManagementItem(int basedOn) => new(basedOn, "工业企业增加厂区建筑垃圾处置检查项",
        [.. ScenarioChecklists.Seed.Items.Select(i => new ChecklistItemBody(i.Code, i.Scenario, i.Item, i.Department, i.LegalBasis)),
            new ChecklistItemBody("IN-09", Scenario.Industrial, "厂区建筑垃圾处置", Departments.UrbanManagement, "《城市建筑垃圾管理规定》")]);

    [Fact]
    public async Task The_admin_publishes_a_version_the_next_plan_and_its_inspections_use_it_and_the_seeded_version_stays_readable()
    {
        platform.SetTime(Time("2025-07-03 10:00"));
        var before = await platform.Get(TestActors.Enterprise, Checklists).Read<ChecklistsResponse>();
        var published = await platform.Post(TestActors.Admin, $"{Checklists}/versions", WithUrbanManagementItem(before.Version), 201)
            .Read<ChecklistVersionPublishedResponse>();
        published.Version.ShouldBe(before.Version + 1);
        published.Items.ShouldBe(23);

        var current = await platform.Get(TestActors.Enterprise, Checklists).Read<ChecklistsResponse>();
        current.Version.ShouldBe(published.Version);
        current.PublishedBy.ShouldBe(TestActors.Admin.Name);
        current.PublishedAt.ShouldBe(Time("2025-07-03 10:00"));
        current.Versions.ShouldBe([1, published.Version]);
        current.Scenarios.Single(s => s.Scenario == Scenario.Industrial).Departments.ShouldContain(Departments.UrbanManagement);
        var seeded = await platform.Get(TestActors.Enterprise, $"{Checklists}/versions/1").Read<ChecklistsResponse>();
        seeded.Scenarios.Single(s => s.Scenario == Scenario.Industrial).Departments.ShouldNotContain(Departments.UrbanManagement);
        seeded.Scenarios.SelectMany(s => s.Items).Count().ShouldBe(22);
        await using (var session = platform.Store().QuerySession())
        {
            var stored = (await session.Events.FetchStreamAsync(ChecklistSet.StreamId)).Last();
            stored.Data.ShouldBeOfType<ChecklistVersionPublished>().Reason.ShouldBe("工业企业增加厂区建筑垃圾处置检查项");
            stored.Headers![EventHeaders.ActorId].ToString().ShouldBe(TestActors.Admin.Id);
        }

        var plan = await platform.Post(JusticeBureau, Route + "/plans", Plan("2025Q3"), 201).Read<PlanDrawnResponse>();
        plan.ChecklistVersion.ShouldBe(published.Version);
        var industrial = plan.Entries.First(e => e.Scenario == Scenario.Industrial);
        industrial.Departments.ShouldContain(Departments.UrbanManagement);
        var drawn = (QuarterlyPlanDrawn)(await platform.EventsAsync(plan.Id))[0];
        var replay = await platform.Post(TestActors.BusinessOffice, Route + "/draw-replays", new ReplayDrawRequest(drawn.Quarter, drawn.EnterpriseCandidates,
            drawn.InspectorCandidates, drawn.EnterprisesToInspect, drawn.Seed, drawn.ChecklistVersion)).Read<DrawReplayResponse>();
        replay.Entries.SelectMany(e => e.Departments).ShouldBe(plan.Entries.SelectMany(e => e.Departments));
        var underTheSeed = await platform.Post(TestActors.BusinessOffice, Route + "/draw-replays", new ReplayDrawRequest(drawn.Quarter, drawn.EnterpriseCandidates,
            drawn.InspectorCandidates, drawn.EnterprisesToInspect, drawn.Seed, 1)).Read<DrawReplayResponse>();
        underTheSeed.Entries.Where(e => e.Scenario == Scenario.Industrial).SelectMany(e => e.Departments).ShouldNotContain(Departments.UrbanManagement);

        platform.SetTime(industrial.Month == "2025-07" ? Time("2025-07-10 10:00") : industrial.Month == "2025-08" ? Time("2025-08-14 10:00") : Time("2025-09-11 10:00"));
        var lead = Department(Departments.UrbanManagement);
        var inspection = await platform.Post(lead, Route + "/inspections", new RecordInspectionRequest(industrial.CreditCode, null, null, null, null, null, null), 201)
            .Read<InspectionRecordedResponse>();
        (await platform.Get(lead, $"{Route}/inspections/{inspection.Id}").Read<Inspection>()).ChecklistVersion.ShouldBe(published.Version);
        var seedItemsOnly = ScenarioChecklists.Seed.Of(Scenario.Industrial).Select(i => new FindingBody(i.Code, FindingOutcome.Compliant, null, null, null)).ToList();
        var missing = await platform.Post(lead, $"{Route}/inspections/{inspection.Id}/findings", new RecordFindingsBody(seedItemsOnly), 400)
            .Read<HttpValidationProblemDetails>();
        missing.Errors["findings"][0].ShouldContain("IN-09");
        await platform.Post(lead, $"{Route}/inspections/{inspection.Id}/findings",
            new RecordFindingsBody([.. seedItemsOnly, new FindingBody("IN-09", FindingOutcome.Compliant, null, null, null)]));
    }

    [Fact]
    public async Task Bad_input_is_400_with_every_field_named_only_the_admin_publishes_and_a_stale_edit_is_409_naming_the_version_in_force()
    {
        var before = await platform.EventCountAsync();
        var bad = await platform.Post(TestActors.Admin, $"{Checklists}/versions",
            new PublishChecklistVersionRequest(null, " ", [new ChecklistItemBody("X-1", null, "", "区税务局", null)]), 400).Read<HttpValidationProblemDetails>();
        bad.Errors.Keys.ShouldBe(["basedOnVersion", "reason", "items[0].scenario", "items[0].item", "items[0].department", "items[0].legalBasis", "items"], ignoreOrder: true);
        bad.Errors["items[0].department"][0].ShouldContain("11");
        var none = await platform.Post(TestActors.Admin, $"{Checklists}/versions", new PublishChecklistVersionRequest(1, "x", []), 400).Read<HttpValidationProblemDetails>();
        none.Errors.Keys.ShouldBe(["items"]);

        (await platform.Post(JusticeBureau, $"{Checklists}/versions", WithUrbanManagementItem(1), 403).Read<ProblemDetails>()).Status.ShouldBe(403);
        var stale = await platform.Post(TestActors.Admin, $"{Checklists}/versions", WithUrbanManagementItem(0), 409).Read<ProblemDetails>();
        stale.Extensions["currentState"]!.ToString().ShouldStartWith("现行第");
        (await platform.EventCountAsync()).ShouldBe(before);
        await platform.Get(TestActors.Enterprise, $"{Checklists}/versions/99", 404);
    }
}
