using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Awards.Publishing;
using Nanchuan.Awards.Receipts;
using Nanchuan.Awards.Reviewing;
using Nanchuan.Awards.Voting;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>Flagged bursts reviewed by the BusinessOffice: confirmed (still counted) or voided with a reason (in the log, out of the tally).</summary>
[Collection(AwardsCollection.Name)]
public sealed class BurstReviewTests(AwardsHost platform)
{
    private Task<T> Anonymous<T>(string url) => platform.Scenario(s => s.Get.Url(url)).ContinueWith(t => t.Result.ReadAsJsonAsync<T>()).Unwrap();

    /// <summary>Five voters vote for each of five cases within the minute from the test server's one source: votes 21–25 are a burst.</summary>
    private async Task<List<Guid>> BurstAsync(int year)
    {
        var ids = await platform.OnlineVoteAsync(year, 5);
        for (var v = 0; v < 5; v++)
        foreach (var id in ids) await platform.VoteAsync(Voter(year * 10 + v), year, id);
        return ids;
    }

    private static string Bursts(int year) => Contest(year) + "/bursts";

    [Fact]
    public async Task A_voided_burst_leaves_the_tally_by_an_event_stays_in_the_log_and_the_public_recount_agrees()
    {
        var ids = await BurstAsync(2048);
        var burst = (await platform.Get(Office, Bursts(2048)).Read<List<Burst>>()).ShouldHaveSingleItem();
        (burst.Number, burst.FlaggedVotes, burst.Review).ShouldBe((1, 5, BurstReview.Flagged));
        await platform.Get(TestActors.Supervisor, Bursts(2048));

        // The window (60 s from 10:00) is still running: the burst may yet grow.
        (await platform.Post(Office, Bursts(2048) + "/1/review", new ReviewBurstBody(BurstDecision.Void, "刷票"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("时间窗未结束");
        platform.SetTime(Time("2048-11-20 10:02"));
        var before = await platform.EventCountAsync();
        (await platform.Post(Office, Bursts(2048) + "/1/review", new ReviewBurstBody(BurstDecision.Void, " "), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["reason"]);
        (await platform.Post(Office, Bursts(2048) + "/1/review", new ReviewBurstBody(null, null), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["decision"]);
        await platform.Post(TestActors.Supervisor, Bursts(2048) + "/1/review", new ReviewBurstBody(BurstDecision.Confirm, null), 403);
        await platform.Post(Office, Bursts(2048) + "/9/review", new ReviewBurstBody(BurstDecision.Confirm, null), 404);
        await platform.Post(Office, Bursts(2048) + "/0/review", new ReviewBurstBody(BurstDecision.Confirm, null), 404);
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(Office, Bursts(2048) + "/1/review", new ReviewBurstBody(BurstDecision.Void, "同一来源集中刷票"));
        (await platform.Post(Office, Bursts(2048) + "/1/review", new ReviewBurstBody(BurstDecision.Confirm, null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已作废");

        var live = await platform.VoteLogAsync(2048);
        live.Votes.ShouldBe(25);
        live.Tally.Values.ShouldAllBe(v => v == 4);
        live.Voided.Values.ShouldAllBe(v => v == 1);
        live.FlaggedVotes.ShouldBe(0);
        var recount = await Anonymous<RecountResult>($"{Route}/public/contests/2048/recount");
        recount.ChainIntact.ShouldBeTrue();
        recount.EqualsLiveTally.ShouldBeTrue();
        recount.Votes.ShouldBe(25);
        recount.Recounted[ids[0]].ShouldBe(4);
        recount.Voided[ids[0]].ShouldBe(1);
        recount.Voids.ShouldHaveSingleItem().Positions.ShouldBe([21, 22, 23, 24, 25]);
        recount.Voids[0].Reason.ShouldBe("同一来源集中刷票");
        (await Anonymous<PublicContest>($"{Route}/public/contests/2048")).Shortlist.ShouldAllBe(c => c.Votes == 4 && c.VoidedVotes == 1);
        (await Anonymous<PublicVote>($"{Route}/public/contests/2048/votes/21")).EntryId.ShouldBe(ids[0]);

        (await platform.SqlRowsAsync($"select votes, flagged, voided from awards.votes_per_day where year = 2048 and entry_id = '{ids[0]}'")).ShouldBe(["4|0|1"]);
        (await platform.SqlRowsAsync("select flagged_votes, review, review_reason from awards.flagged_bursts where year = 2048")).ShouldBe(["5|voided|同一来源集中刷票"]);

        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await store.Advanced.RebuildSingleStreamAsync<VoteLog>(live.Id);
        var rebuilt = await platform.VoteLogAsync(2048);
        rebuilt.Tally.ShouldBe(live.Tally, ignoreOrder: true);
        rebuilt.Reviews.ShouldBe(1);
        rebuilt.Voided.ShouldBe(live.Voided, ignoreOrder: true);
        (await platform.Get(Office, Bursts(2048)).Read<List<Burst>>()).ShouldHaveSingleItem().Review.ShouldBe(BurstReview.Voided);

        // The finalists are selected on the tally without the voided votes.
        await platform.Post(Office, Contest(2048) + "/voting/close", new CloseVotingBody(null));
        (await platform.ContestAsync(2048)).VoteStandings.Select(s => s.Votes).ShouldAllBe(v => v == 4);
    }

    [Fact]
    public async Task A_confirmed_burst_stays_counted_and_a_review_after_the_vote_is_409_naming_the_phase()
    {
        await BurstAsync(2049);
        platform.SetTime(Time("2049-11-20 10:05"));
        await platform.Post(Office, Bursts(2049) + "/1/review", new ReviewBurstBody(BurstDecision.Confirm, "同一单位职工集中投票，核实无误"));

        var live = await platform.VoteLogAsync(2049);
        live.Tally.Values.Sum().ShouldBe(25);
        live.FlaggedVotes.ShouldBe(5);
        live.Reviews.ShouldBe(1);
        (await platform.Get(Office, Bursts(2049)).Read<List<Burst>>()).ShouldHaveSingleItem().Review.ShouldBe(BurstReview.Confirmed);
        (await Anonymous<RecountResult>($"{Route}/public/contests/2049/recount")).EqualsLiveTally.ShouldBeTrue();
        (await platform.SqlRowsAsync("select review from awards.flagged_bursts where year = 2049")).ShouldBe(["confirmed"]);

        await platform.Post(Office, Contest(2049) + "/voting/close", new CloseVotingBody(null));
        (await platform.Post(Office, Bursts(2049) + "/1/review", new ReviewBurstBody(BurstDecision.Void, "迟到的复核"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("决赛阶段");
    }

    [Fact]
    public async Task Bursts_are_documents_of_their_own_numbered_by_their_first_flagged_votes_and_a_vote_leaves_them_alone()
    {
        var ids = await BurstAsync(2052);
        var log = await platform.VoteLogAsync(2052);
        var burstRows = $"select id, mt_version from awards.mt_doc_burst where data ->> 'voteLogId' = '{log.Id}' order by id";
        var firstBurst = await platform.SqlRowsAsync(burstRows);
        firstBurst.Count.ShouldBe(1);

        // A new window from the same source: its first 20 votes are not flagged and touch no burst; 21–25 are the second burst.
        platform.SetTime(Time("2052-11-20 10:02"));
        await platform.VoteAsync(Voter(2052 * 10 + 5), 2052, ids[0]);
        (await platform.SqlRowsAsync(burstRows)).ShouldBe(firstBurst);
        for (var v = 5; v < 10; v++)
        foreach (var id in ids.Where(id => v > 5 || id != ids[0])) await platform.VoteAsync(Voter(2052 * 10 + v), 2052, id);

        var bursts = await platform.Get(Office, Bursts(2052)).Read<List<Burst>>();
        bursts.Select(b => (b.Number, b.FirstFlaggedPosition, b.FlaggedVotes)).ShouldBe([(1, 21L, 5), (2, 46L, 5)]);
        bursts.Select(b => b.WindowStart).ShouldBe([Time("2052-11-20 10:00"), Time("2052-11-20 10:02")]);
        (await platform.SqlRowsAsync($"select data ? 'bursts' from awards.mt_doc_votelog where id = '{log.Id}'")).ShouldBe(["False"]);

        // Burst 2 is the one its number names: voiding it leaves burst 1 flagged.
        platform.SetTime(Time("2052-11-20 10:04"));
        await platform.Post(Office, Bursts(2052) + "/2/review", new ReviewBurstBody(BurstDecision.Void, "第二个时间窗集中刷票"));
        (await platform.Get(Office, Bursts(2052)).Read<List<Burst>>()).Select(b => b.Review).ShouldBe([BurstReview.Flagged, BurstReview.Voided]);
        (await platform.VoteLogAsync(2052)).Tally.Values.Sum().ShouldBe(45);
    }
}
