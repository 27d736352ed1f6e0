using Nanchuan.Awards.Approving;
using Nanchuan.Awards.Awarding;
using Nanchuan.Awards.Contracts;
using Nanchuan.Awards.Final;
using Nanchuan.Awards.Voting;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Security;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>The final: the panel scores (trimmed mean, no conflicts of interest), 10 are listed, both bodies approve, the award in Q1.</summary>
[Collection(AwardsCollection.Name)]
public sealed class FinalTests(AwardsHost platform)
{
    /// <summary>Five judges; 区人大常委会 judge 3 sits for unit U01, so never scores the first entry.</summary>
    private static readonly Actor[] Judges = Enumerable.Range(1, 5).Select(j => new Actor($"judge-{j}", $"评委{j}", Roles.Enterprise, null, null, Channels.Web)).ToArray();

    private static readonly int[] Offsets = [20, 0, 0, 0, -10];

    private async Task<List<Guid>> FinalAsync(int year)
    {
        var ids = await platform.OnlineVoteAsync(year, 12);
        await platform.Post(Office, Contest(year) + "/voting/close", new CloseVotingBody(null));
        platform.SetTime(Time($"{year}-12-10 09:00"));
        await platform.Post(Office, Contest(year) + "/panel", new AppointPanelBody(Judges.Select((j, i) =>
            new JudgeBody(j.Id, j.Name, i == 2 ? "U01" : $"评委单位{i}", i == 0 ? "人大代表" : "营商环境观察员")).ToList()));
        return ids;
    }

    private async Task ScoreAllAsync(int year, List<Guid> ids, Func<int, int, bool>? skip = null)
    {
        for (var i = 0; i < ids.Count; i++)
        for (var j = 0; j < 5; j++)
            if (!(i == 0 && j == 2) && skip?.Invoke(i, j) != true)
                await platform.Post(Judges[j], $"{Contest(year)}/entries/{ids[i]}/scores", new ScoreFinalistBody(60 + i + Offsets[j]));
    }

    [Fact]
    public async Task Panel_scores_drop_the_highest_and_lowest_with_five_judges_and_the_mean_ranks_the_list_of_ten()
    {
        var ids = await FinalAsync(2060);
        await ScoreAllAsync(2060, ids);
        await platform.Post(Office, Contest(2060) + "/final-list", new SelectListBody(null));

        var contest = await platform.ContestAsync(2060);
        contest.Phase.ShouldBe(ContestPhase.Approval);
        var conflicted = contest.PanelStandings.Single(s => s.EntryId == ids[0]);
        conflicted.Raw.ShouldBe([80m, 60m, 60m, 50m]);
        conflicted.Counted.ShouldBe(conflicted.Raw);
        conflicted.Mean.ShouldBe(62.5m);
        var full = contest.PanelStandings.Single(s => s.EntryId == ids[5]);
        full.Raw.Count.ShouldBe(5);
        full.Counted.ShouldBe([65m, 65m, 65m]);
        full.Mean.ShouldBe(65m);
        contest.Listed.ShouldBe([.. Enumerable.Range(3, 9).Reverse().Select(i => ids[i]), ids[0]]);
    }

    [Fact]
    public async Task A_judge_cannot_score_a_case_of_their_own_unit_nor_twice_and_only_panel_members_score()
    {
        var ids = await FinalAsync(2061);
        var before = await platform.EventCountAsync();
        var conflict = await platform.Post(Judges[2], $"{Contest(2061)}/entries/{ids[0]}/scores", new ScoreFinalistBody(90), 403).Read<ProblemDetails>();
        conflict.Detail!.ShouldContain("回避");
        await platform.Post(TestActors.Enterprise, $"{Contest(2061)}/entries/{ids[0]}/scores", new ScoreFinalistBody(90), 403);
        (await platform.Post(Judges[0], $"{Contest(2061)}/entries/{ids[0]}/scores", new ScoreFinalistBody(100.25m), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["score"]);
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(Judges[0], $"{Contest(2061)}/entries/{ids[0]}/scores", new ScoreFinalistBody(90));
        (await platform.Post(Judges[0], $"{Contest(2061)}/entries/{ids[0]}/scores", new ScoreFinalistBody(91), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已评分");
        var refusals = await platform.Get(TestActors.Supervisor, "/api/audit/refusals?limit=500").Read<List<AccessRefusal>>();
        refusals.ShouldContain(r => r.ActorId == "judge-3" && r.Reason.Contains("回避"));
    }

    [Fact]
    public async Task The_final_list_cant_be_approved_before_every_judge_has_scored_every_finalist_they_are_eligible_to_score()
    {
        var ids = await FinalAsync(2062);
        await ScoreAllAsync(2062, ids, skip: (i, j) => i == 11 && j == 4);
        var before = await platform.EventCountAsync();

        var early = await platform.Post(Office, Contest(2062) + "/approvals", new ApproveListBody(ApprovingBody.ExecutiveMeeting, "区政府第1次常务会议"), 409)
            .Read<ProblemDetails>();
        early.Extensions["currentState"]!.ToString().ShouldBe("决赛阶段");
        early.Detail!.ShouldContain("尚有1项评分未完成（如评委5对“案例12”）");
        await platform.Post(Office, Contest(2062) + "/final-list", new SelectListBody(null), 409);
        (await platform.EventCountAsync()).ShouldBe(before);

        // The conflicted pair (judge 3, the first entry) is not missing: the judge may not score it.
        await platform.Post(Judges[4], $"{Contest(2062)}/entries/{ids[11]}/scores", new ScoreFinalistBody(61));
        await platform.Post(Office, Contest(2062) + "/final-list", new SelectListBody(null));
        await platform.Post(Office, Contest(2062) + "/approvals", new ApproveListBody(ApprovingBody.ExecutiveMeeting, "区政府第1次常务会议"));
        (await platform.ContestAsync(2062)).Phase.ShouldBe(ContestPhase.Approval);
    }

    [Fact]
    public async Task Both_bodies_approve_and_the_award_is_in_the_first_quarter_of_the_next_year_closing_the_case()
    {
        var ids = await FinalAsync(2063);
        await ScoreAllAsync(2063, ids);
        await platform.Post(Office, Contest(2063) + "/final-list", new SelectListBody(null));
        await platform.Post(Office, Contest(2063) + "/approvals", new ApproveListBody(ApprovingBody.StandingCommittee, "区委常委会第30次会议"));
        (await platform.Post(Office, Contest(2063) + "/approvals", new ApproveListBody(ApprovingBody.StandingCommittee, "again"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("区委常委会已审定");
        (await platform.Post(Office, Contest(2063) + "/award", new ConferAwardsBody("大会"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("确定入选阶段");
        await platform.Post(Office, Contest(2063) + "/approvals", new ApproveListBody(ApprovingBody.ExecutiveMeeting, "区政府第40次常务会议"));
        (await platform.ContestAsync(2063)).Phase.ShouldBe(ContestPhase.Award);

        platform.SetTime(Time("2064-04-01 09:00"));
        (await platform.Post(Office, Contest(2063) + "/award", new ConferAwardsBody("大会"), 409).Read<ProblemDetails>()).Detail!.ShouldContain("2064年第一季度");
        platform.SetTime(Time("2064-02-26 09:00"));
        var tracked = await platform.Host.TrackAsync(() => platform.Post(Office, Contest(2063) + "/award", new ConferAwardsBody("2064年南川区优化营商环境大会")));

        var contest = await platform.ContestAsync(2063);
        contest.Phase.ShouldBe(ContestPhase.Closed);
        tracked.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().Case.ShouldBe(new OversightCase("Awards", "contest", contest.Id, null, "区营商办"));
        var awarded = tracked.FindSingleTrackedMessageOfType<BestCasesAwarded>();
        awarded.Cases.Count.ShouldBe(10);
        awarded.Cases[0].ShouldBe(new AwardedCase(ids[11], 1, "案例12", "U12", "U12"));
    }
}
