using Nanchuan.BuildingBlocks.Draws;
using Nanchuan.Procurement.Awarding;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>The award by each method: the random draw (auditable, replayable), the lowest valid quote, the panel's scores.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class AwardTests(ProcurementHost platform)
{
    [Fact]
    public async Task A_random_draw_awards_one_bidder_registered_in_time_and_replaying_its_seed_and_candidates_gives_the_same_one()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.RandomDraw, (Bidders[0], null), (Bidders[1], null), (Bidders[2], null));
        await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody("2025-04-16 公开抽取", null, null));

        var awarded = (await platform.EventsAsync(id)).OfType<WorksProjectAwarded>().Single();
        awarded.Draw!.Algorithm.ShouldBe(AuditableDraw.Algorithm);
        awarded.Draw.Seed.ShouldBe("2025-04-16 公开抽取");
        awarded.Draw.Candidates.ShouldBe(Bidders.Take(3).Select(b => b.CreditCode!), ignoreOrder: true);
        awarded.Contractor.CreditCode.ShouldBe(awarded.Draw.Selected.Single());
        awarded.Price.ShouldBe(900_000m);

        var replay = await platform.Post(TestActors.BusinessOffice, Route + "/draw-replays",
            new ReplayDrawBody(awarded.Draw.Candidates.Reverse().ToList(), awarded.Draw.Seed, 1)).Read<DrawReplayResponse>();
        replay.Selected.ShouldBe([awarded.Contractor.CreditCode]);
        replay.Algorithm.ShouldBe(awarded.Draw.Algorithm);
        await platform.Post(TestActors.Supervisor, Route + "/draw-replays", new ReplayDrawBody(awarded.Draw.Candidates, awarded.Draw.Seed, 1), 403);
        (await platform.Post(TestActors.BusinessOffice, Route + "/draw-replays", new ReplayDrawBody([], " ", 0), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["candidates", "seed", "count"], ignoreOrder: true);
        (await platform.SqlRowsAsync($"select award_by_draw from procurement.project_rows where project_id = '{id}'")).ShouldBe(["True"]);
    }

    [Fact]
    public async Task Awarding_before_registration_closes_with_nobody_registered_or_twice_is_409_naming_the_state_and_writes_nothing()
    {
        var empty = await platform.RegisteredAsync(ProcurementMethods.RandomDraw);
        var id = await platform.RegisteredAsync(ProcurementMethods.RandomDraw, (Bidders[0], null));
        platform.SetTime(RegisteredProjects.ClosesAt);
        var before = await platform.EventCountAsync();
        (await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody(null, null, null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("报名中");
        platform.SetTime(RegisteredProjects.AfterClose);
        (await platform.Post(Owner, Route + $"/projects/{empty}/award", new AwardProjectBody(null, null, null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("报名截止，无人报名");
        await platform.Post(Bidders[0], Route + $"/projects/{id}/award", new AwardProjectBody(null, null, null), 403);
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody(null, null, null));
        var awarded = (await platform.EventsAsync(id)).OfType<WorksProjectAwarded>().Single();
        awarded.Draw!.Seed.Length.ShouldBe(32);
        (await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody(null, null, null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已定标");
    }

    [Fact]
    public async Task A_price_comparison_awards_the_lowest_valid_quote_and_a_quote_above_the_project_value_is_not_valid()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.PriceComparison, (Bidders[0], 905_000m), (Bidders[1], 861_000.50m), (Bidders[2], 861_000.51m));
        await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody(null, null, null));
        var awarded = (await platform.EventsAsync(id)).OfType<WorksProjectAwarded>().Single();
        awarded.Contractor.CreditCode.ShouldBe(Bidders[1].CreditCode);
        awarded.Price.ShouldBe(861_000.50m);
        awarded.Draw.ShouldBeNull();

        var invalid = await platform.RegisteredAsync(ProcurementMethods.PriceComparison, (Bidders[0], 900_000.01m));
        (await platform.Post(Owner, Route + $"/projects/{invalid}/award", new AwardProjectBody(null, null, null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("报名截止，无有效报价");
    }

    [Fact]
    public async Task Tied_lowest_quotes_are_separated_by_an_auditable_draw_among_the_tied_bidders_only()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.PriceComparison, (Bidders[0], 800_000m), (Bidders[1], 800_000m), (Bidders[2], 850_000m));
        await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody("平局抽取", null, null));
        var awarded = (await platform.EventsAsync(id)).OfType<WorksProjectAwarded>().Single();
        awarded.Draw!.Candidates.ShouldBe([Bidders[0].CreditCode!, Bidders[1].CreditCode!], ignoreOrder: true);
        awarded.Contractor.CreditCode.ShouldBe(AuditableDraw.Select(awarded.Draw.Candidates, "平局抽取", 1).Single());
        awarded.Price.ShouldBe(800_000m);
    }

    [Fact]
    public async Task A_competitive_selection_awards_the_highest_total_and_a_panel_member_scoring_a_linked_bidder_is_refused()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.CompetitiveSelection, (Bidders[0], null), (Bidders[1], null));
        PanelMemberBody[] panel = [new("m1", "评审甲", [Bidders[0].CreditCode!]), new("m2", "评审乙", null), new("m3", "评审丙", null)];
        var before = await platform.EventCountAsync();
        var linked = await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody(null, panel,
        [
            new("m1", Bidders[0].CreditCode, 99m), new("m1", Bidders[1].CreditCode, 60m), new("m2", Bidders[0].CreditCode, 80m),
            new("m2", Bidders[1].CreditCode, 85m), new("m3", Bidders[0].CreditCode, 80m), new("m3", Bidders[1].CreditCode, 85m),
        ]), 400).Read<HttpValidationProblemDetails>();
        linked.Errors["scores[0].memberId"][0].ShouldContain("应当回避");
        (await platform.EventCountAsync()).ShouldBe(before);

        // Without the linked score: bidder 0 averages 80 from two members, bidder 1 (60 + 85 + 85) / 3 = 76.67.
        await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody(null, panel,
        [
            new("m1", Bidders[1].CreditCode, 60m), new("m2", Bidders[0].CreditCode, 80m),
            new("m2", Bidders[1].CreditCode, 85m), new("m3", Bidders[0].CreditCode, 80m), new("m3", Bidders[1].CreditCode, 85m),
        ]));
        var awarded = (await platform.EventsAsync(id)).OfType<WorksProjectAwarded>().Single();
        awarded.Contractor.CreditCode.ShouldBe(Bidders[0].CreditCode);
        awarded.Panel.Count.ShouldBe(3);
        awarded.Scores.Count.ShouldBe(5);
    }

    [Fact]
    public async Task A_competitive_selection_without_a_full_panel_or_with_missing_scores_is_400_and_other_methods_refuse_a_panel()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.CompetitiveSelection, (Bidders[0], null), (Bidders[1], null));
        (await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody(null, [new("m1", "评审甲", null)], null), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["panel", "scores"], ignoreOrder: true);
        PanelMemberBody[] panel = [new("m1", "评审甲", null), new("m2", "评审乙", null), new("m3", "评审丙", null)];
        (await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody(null, panel, [new("m1", Bidders[0].CreditCode, 90m)]), 400)
            .Read<HttpValidationProblemDetails>()).Errors["scores"][0].ShouldContain("m2/");
        var draw = await platform.RegisteredAsync(ProcurementMethods.RandomDraw, (Bidders[0], null));
        (await platform.Post(Owner, Route + $"/projects/{draw}/award", new AwardProjectBody(null, panel, null), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["panel"]);
    }
}
