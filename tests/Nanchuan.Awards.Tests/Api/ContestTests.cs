using Nanchuan.Awards.Opening;
using Nanchuan.Awards.Submitting;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Security;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>A contest year: one stream, phases in order, submissions by the spec's entrant kinds.</summary>
[Collection(AwardsCollection.Name)]
public sealed class ContestTests(AwardsHost platform)
{
    [Fact]
    public async Task Opening_a_year_is_one_stream_with_the_spec_defaults_and_publishes_the_oversight_case()
    {
        platform.SetTime(Time("2024-11-04 10:00"));
        ContestOpenedResponse? opened = null;
        var tracked = await platform.Host.TrackAsync(async () =>
            opened = await platform.Post(Office, Route + "/contests", new OpenContestRequest(2024), 201).Read<ContestOpenedResponse>());

        opened!.Rules.ShouldBe(new ContestRules(20, 15, 10, 0.5m, 1, 5, 5, 20, 60));
        tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem().Case.ShouldBe(new OversightCase("Awards", "contest", opened.Id, null, "区营商办"));
        var contest = await platform.Get(TestActors.Supervisor, Contest(2024)).Read<Contest>();
        contest.Phase.ShouldBe(ContestPhase.Submission);

        var before = await platform.EventCountAsync();
        (await platform.Post(Office, Route + "/contests", new OpenContestRequest(2024), 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("申报阶段");
        (await platform.Post(Office, Route + "/contests", new OpenContestRequest(null), 400).Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["year"]);
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Entrants_of_each_kind_submit_with_media_references_and_cited_figures_stored_as_of_the_citation()
    {
        await platform.OpenAsync(2028);
        const string code = "91500119MA5U8XRB98";
        platform.SetTime(Time("2028-11-05 09:30"));
        var own = await platform.Post(EnterpriseUser(code), Contest(2028) + "/entries", new SubmitEntryRequest(EntrantKind.Enterprise, "重庆南川示例科技有限公司", null,
            "三天拿到电", "供电接入三天完成", [new(MediaKind.Video, "media:awards/2028/v1.mp4", "现场")],
            [new("Utilities", "低压接电平均用时（工作日）", 2.5m, "工作日", "2028-10", "/api/utilities/reports/monthly.csv")]), 201).Read<EntrySubmittedResponse>();
        own.Unit.ShouldBe(code);
        (await platform.Post(Town, Contest(2028) + "/entries", EntryBy("东城街道办事处") with { EntrantKind = EntrantKind.SubdistrictOffice }, 201)
            .Read<EntrySubmittedResponse>()).Unit.ShouldBe("东城街道办事处");
        (await platform.Post(Office, Contest(2028) + "/entries", EntryBy("李某") with { EntrantKind = EntrantKind.Individual }, 201)
            .Read<EntrySubmittedResponse>()).Unit.ShouldBe("李某");

        var contest = await platform.ContestAsync(2028);
        contest.Entries.Select(e => e.EntrantKind).ShouldBe([EntrantKind.Enterprise, EntrantKind.SubdistrictOffice, EntrantKind.Individual]);
        var entry = contest.EntryOf(own.EntryId)!;
        entry.Media.ShouldBe([new MediaReference(MediaKind.Video, "media:awards/2028/v1.mp4", "现场")]);
        entry.Citations.Single().ShouldBe(new KpiCitation("Utilities", "低压接电平均用时（工作日）", 2.5m, "工作日", "2028-10",
            "/api/utilities/reports/monthly.csv", Time("2028-11-05 09:30")));
    }

    [Fact]
    public async Task An_action_outside_its_phase_is_409_naming_the_phase_and_writes_nothing()
    {
        await platform.WithEntriesAsync(2026, 1);
        await platform.Post(Office, Contest(2026) + "/submissions/close", new { });
        var before = await platform.EventCountAsync();

        var late = await platform.Post(Office, Contest(2026) + "/entries", EntryBy("U09"), 409).Read<ProblemDetails>();
        late.Extensions["currentState"]!.ToString().ShouldBe("初选阶段");
        late.Detail!.ShouldContain("“申报”阶段");
        (await platform.Post(Office, Contest(2026) + "/submissions/close", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("初选阶段");
        await platform.Post(Office, Contest(2023) + "/entries", EntryBy("U09"), 404);
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Bad_submissions_are_400_with_every_field_named_and_refused_entrants_403_logged_and_nothing_is_written()
    {
        await platform.OpenAsync(2027);
        var before = await platform.EventCountAsync();
        var problem = await platform.Post(Office, Contest(2027) + "/entries",
            new SubmitEntryRequest(EntrantKind.Enterprise, " ", "9150011", null, "x", [new(null, "ftp://x", null)], [new("Nowhere", null, null, null, null, null)]), 400)
            .Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["entrantName", "title", "unit", "media[0].kind", "media[0].reference", "citations[0].module", "citations[0].indicator",
            "citations[0].figure", "citations[0].period", "citations[0].source"], ignoreOrder: true);
        problem.Errors["title"][0].ShouldContain("请填写案例名称");

        var refused = await platform.Post(EnterpriseUser("91500119MA5U8XRB98"), Contest(2027) + "/entries", EntryBy("别人的单位"), 403).Read<ProblemDetails>();
        refused.Detail!.ShouldContain("企业只能以企业身份申报");
        await platform.Post(Town, Contest(2027) + "/entries", EntryBy("西城街道办事处") with { EntrantKind = EntrantKind.SubdistrictOffice }, 403);
        await platform.Post(TestActors.Citizen, Contest(2027) + "/entries", EntryBy("U1"), 403);
        (await platform.EventCountAsync()).ShouldBe(before);

        var refusals = await platform.Get(TestActors.Supervisor, "/api/audit/refusals?limit=500").Read<List<AccessRefusal>>();
        refusals.ShouldContain(r => r.Path == "/api/awards/contests/2027/entries" && r.Reason.Contains("只能申报本单位（东城街道办事处）"));
    }
}
