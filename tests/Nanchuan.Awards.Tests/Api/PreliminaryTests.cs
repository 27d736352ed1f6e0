using Nanchuan.Awards.Preliminary;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>The preliminary (初选): 20 go to the online vote; all when fewer meet the criteria; ties drawn.</summary>
[Collection(AwardsCollection.Name)]
public sealed class PreliminaryTests(AwardsHost platform)
{
    [Fact]
    public async Task A_21st_case_cannot_pass_the_preliminary()
    {
        var ids = await platform.WithEntriesAsync(2030, 21);
        await platform.Post(Office, Contest(2030) + "/submissions/close", new { });
        await platform.Post(Office, Contest(2030) + "/preliminary", new CompletePreliminaryBody(ids.Select((id, i) => new AssessmentBody(id, 99 - i, true, null)).ToList(), null));

        var contest = await platform.ContestAsync(2030);
        contest.Shortlist.Count.ShouldBe(20);
        contest.Shortlist.ShouldNotContain(ids[20]);
        contest.Phase.ShouldBe(ContestPhase.OnlineVote);
        contest.Draws.ShouldBeEmpty();
    }

    [Fact]
    public async Task With_fewer_eligible_cases_than_20_all_eligible_pass_and_the_others_do_not()
    {
        var ids = await platform.WithEntriesAsync(2031, 3);
        await platform.Post(Office, Contest(2031) + "/submissions/close", new { });
        await platform.Post(Office, Contest(2031) + "/preliminary",
            new CompletePreliminaryBody([new(ids[0], 50, true, null), new(ids[1], 95, false, "不符合申报条件"), new(ids[2], 70, true, null)], null));

        (await platform.ContestAsync(2031)).Shortlist.ShouldBe([ids[2], ids[0]]);
    }

    [Fact]
    public async Task A_tie_at_the_20th_place_is_settled_by_a_recorded_draw_among_the_tied()
    {
        var ids = await platform.WithEntriesAsync(2032, 22);
        await platform.Post(Office, Contest(2032) + "/submissions/close", new { });
        // 18 distinct scores, then four entries tied at 60 for the last two places.
        var assessments = ids.Select((id, i) => new AssessmentBody(id, i < 18 ? 99 - i : 60, true, null)).ToList();
        await platform.Post(Office, Contest(2032) + "/preliminary", new CompletePreliminaryBody(assessments, "2032初选-公证抽签"));

        var contest = await platform.ContestAsync(2032);
        var draw = contest.Draws.Single();
        draw.Candidates.ShouldBe(ids.Skip(18).Select(i => i.ToString()), ignoreOrder: true);
        draw.Places.ShouldBe(2);
        draw.Seed.ShouldBe("2032初选-公证抽签");
        contest.Shortlist.ShouldBe([.. ids.Take(18), .. draw.Selected.Select(Guid.Parse)]);
    }

    [Fact]
    public async Task Incomplete_or_bad_assessments_are_400_and_the_preliminary_outside_its_phase_409_and_nothing_is_written()
    {
        var ids = await platform.WithEntriesAsync(2033, 2);
        var before = await platform.EventCountAsync();
        (await platform.Post(Office, Contest(2033) + "/preliminary", new CompletePreliminaryBody([new(ids[0], 80, true, null)], null), 409)
            .Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("申报阶段");
        await platform.Post(Office, Contest(2033) + "/submissions/close", new { });
        before = await platform.EventCountAsync();

        var problem = await platform.Post(Office, Contest(2033) + "/preliminary",
            new CompletePreliminaryBody([new(ids[0], 101, null, null), new(Guid.NewGuid(), 50, true, null)], " "), 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["assessments[0].score", "assessments[0].meetsCriteria", "assessments[1].entryId", "assessments", "seed"], ignoreOrder: true);
        problem.Errors["assessments"][0].ShouldContain("尚未评估");
        await platform.Post(TestActors.MarketRegulator, Contest(2033) + "/preliminary", new CompletePreliminaryBody([], null), 403);
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
