using Nanchuan.Awards.Voting;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>Closing the vote: 15 go to the final on the vote combined 50/50 with the preliminary score.</summary>
[Collection(AwardsCollection.Name)]
public sealed class FinalistTests(AwardsHost platform)
{
    [Fact]
    public async Task A_16th_case_cannot_go_to_the_final_and_the_vote_weighs_half()
    {
        var ids = await platform.OnlineVoteAsync(2050, 16);
        // Preliminary scores 90 … 75. The last two have all the votes: 2 and 1.
        await platform.VoteAsync(Voter(5001), 2050, ids[15]);
        await platform.VoteAsync(Voter(5002), 2050, ids[15]);
        await platform.VoteAsync(Voter(5003), 2050, ids[14]);
        platform.SetTime(Time("2050-11-28 17:00"));
        await platform.Post(Office, Contest(2050) + "/voting/close", new CloseVotingBody(null));

        var contest = await platform.ContestAsync(2050);
        contest.Phase.ShouldBe(ContestPhase.Final);
        contest.Finalists.Count.ShouldBe(15);
        contest.Finalists.ShouldBe([ids[15], ids[14], .. ids.Take(13)]);
        contest.Finalists.ShouldNotContain(ids[13]);
        var top = contest.VoteStandings.Single(s => s.EntryId == ids[15]);
        top.ShouldBe(new VoteStanding(ids[15], 2, 0, 0.666667m, 100m, 75m, 87.5m));
        contest.VoteStandings.Single(s => s.EntryId == ids[14]).Combined.ShouldBe(63m);
        contest.VoteStandings.Single(s => s.EntryId == ids[0]).Combined.ShouldBe(45m);

        var log = await platform.VoteLogAsync(2050);
        log.Open.ShouldBeFalse();
        var before = await platform.EventCountAsync();
        (await platform.VoteAsync(Voter(5004), 2050, ids[0], 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("决赛阶段");
        (await platform.Post(Office, Contest(2050) + "/voting/close", new CloseVotingBody(null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("决赛阶段");
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_tie_on_the_combined_score_the_preliminary_score_and_the_vote_share_at_the_15th_place_is_drawn_and_recorded()
    {
        // 14 distinct scores, then two entries at 70 with no votes: equal on every key, for the one place left.
        var ids = await platform.OnlineVoteAsync(2051, 16, i => i < 14 ? 90 - i : 70);
        await platform.VoteAsync(Voter(5101), 2051, ids[0]);
        await platform.Post(Office, Contest(2051) + "/voting/close", new CloseVotingBody("2051票选-公开抽签"));

        var contest = await platform.ContestAsync(2051);
        var draw = contest.Draws.Single();
        draw.CutOff.ShouldBe("final");
        draw.Candidates.ShouldBe([ids[14].ToString(), ids[15].ToString()], ignoreOrder: true);
        draw.Seed.ShouldBe("2051票选-公开抽签");
        contest.Finalists.ShouldBe([.. ids.Take(14), Guid.Parse(draw.Selected.Single())]);
    }
}
