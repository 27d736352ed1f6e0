using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Awards.Voting;
using Nanchuan.BuildingBlocks.Actors;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>The online vote: verified voters as keyed hashes, daily limits in Beijing time, votes as events, bursts flagged.</summary>
[Collection(AwardsCollection.Name)]
public sealed class VoteTests(AwardsHost platform)
{
    [Fact]
    public async Task A_second_vote_by_the_same_voter_for_the_same_case_on_the_same_day_is_refused_the_next_day_it_counts()
    {
        var ids = await platform.OnlineVoteAsync(2040, 3);
        var voter = Voter(1);
        platform.SetTime(Time("2040-11-20 23:50"));
        var first = await platform.VoteAsync(voter, 2040, ids[0]).Read<VoteReceipt>();
        first.Position.ShouldBe(1);
        first.Day.ShouldBe("2040-11-20");

        var before = await platform.EventCountAsync();
        var again = await platform.VoteAsync(voter, 2040, ids[0], 409).Read<ProblemDetails>();
        again.Extensions["currentState"]!.ToString().ShouldBe("今日已为该案例投票");
        again.Detail!.ShouldContain("明天可再投");
        (await platform.EventCountAsync()).ShouldBe(before);

        // 00:10 in Beijing is still the 20th in UTC: the day is Beijing's.
        platform.SetTime(Time("2040-11-21 00:10"));
        var next = await platform.VoteAsync(voter, 2040, ids[0]).Read<VoteReceipt>();
        next.Position.ShouldBe(2);
        next.Day.ShouldBe("2040-11-21");
        (await platform.VoteLogAsync(2040)).Tally[ids[0]].ShouldBe(2);
    }

    [Fact]
    public async Task A_voter_votes_for_at_most_five_cases_a_day()
    {
        var ids = await platform.OnlineVoteAsync(2041, 7);
        var voter = Voter(2);
        foreach (var id in ids.Take(5)) await platform.VoteAsync(voter, 2041, id);
        (await platform.VoteAsync(voter, 2041, ids[5], 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("今日已投5个案例");
        await platform.VoteAsync(Voter(3), 2041, ids[5]);
        platform.SetTime(Time("2041-11-21 09:00"));
        await platform.VoteAsync(voter, 2041, ids[6]);
        (await platform.VoteLogAsync(2041)).Votes.ShouldBe(7);
    }

    [Fact]
    public async Task The_voter_is_stored_only_as_a_keyed_hash_and_only_verified_identities_may_vote()
    {
        var ids = await platform.OnlineVoteAsync(2042, 2);
        var voter = new Actor("phone:+86 139-0042-0001", "市民", Roles.Public, null, null, Channels.Web);
        await platform.VoteAsync(voter, 2042, ids[0]);
        await platform.VoteAsync(new Actor("phone:13900420001", "市民", Roles.Public, null, null, Channels.Web), 2042, ids[0], 409);
        await platform.VoteAsync(new Actor("wechat:o6_bmjrPTlm6_2sgVt7hMZOPfL2M", "市民", Roles.Public, null, null, Channels.Web), 2042, ids[0]);

        var stored = await platform.SqlRowsAsync(
            "select row_to_json(e)::text from events.mt_events e where e.type = 'vote_cast'");
        stored.ShouldNotBeEmpty();
        stored.ShouldAllBe(row => !row.Contains("13900420001") && !row.Contains("0042-0001") && !row.Contains("o6_bmjrPTlm6"));
        (await platform.SqlRowsAsync("select data::text from awards.mt_doc_voterday")).ShouldAllBe(row => !row.Contains("13900420001"));

        var before = await platform.EventCountAsync();
        (await platform.VoteAsync(TestActors.Citizen, 2042, ids[1], 403).Read<ProblemDetails>()).Detail!.ShouldContain("经验证的手机号或微信");
        await platform.VoteAsync(TestActors.Enterprise, 2042, ids[1], 403);
        (await platform.Post(Voter(4), Contest(2042) + "/votes", new CastVoteBody(null), 400).Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["entryId"]);
        (await platform.VoteAsync(Voter(4), 2042, Guid.NewGuid(), 400).Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["entryId"]);
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_vote_outside_the_online_vote_is_409_naming_the_phase()
    {
        await platform.WithEntriesAsync(2043, 1);
        var contest = await platform.ContestAsync(2043);
        (await platform.VoteAsync(Voter(5), 2043, contest.Entries[0].EntryId, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("申报阶段");
        await platform.VoteAsync(Voter(5), 2044, contest.Entries[0].EntryId, 404);
    }

    [Fact]
    public async Task A_burst_from_one_source_is_flagged_for_review_and_still_counted()
    {
        var ids = await platform.OnlineVoteAsync(2045, 5);
        // Five voters, five cases each, from the one source of the test server, within the same minute: the 21st vote on is a burst.
        var receipts = new List<VoteReceipt>();
        for (var v = 0; v < 5; v++)
        foreach (var id in ids) receipts.Add(await platform.VoteAsync(Voter(4500 + v), 2045, id).Read<VoteReceipt>());

        receipts.Count(r => r.Flagged).ShouldBe(5);
        receipts.Where(r => r.Flagged).Select(r => r.Position).ShouldBe([21, 22, 23, 24, 25]);
        var log = await platform.VoteLogAsync(2045);
        log.Votes.ShouldBe(25);
        log.Tally.Values.Sum().ShouldBe(25);
        log.FlaggedVotes.ShouldBe(5);

        platform.SetTime(Time("2045-11-20 10:01"));
        (await platform.VoteAsync(Voter(4600), 2045, ids[0]).Read<VoteReceipt>()).Flagged.ShouldBeFalse();
    }

    [Fact]
    public async Task Concurrent_votes_are_each_counted_once_with_gap_free_positions_and_the_tally_rebuilds_from_the_log()
    {
        var ids = await platform.OnlineVoteAsync(2046, 4);
        var receipts = await Task.WhenAll(Enumerable.Range(0, 200).Select(async v =>
            await platform.VoteAsync(Voter(46000 + v), 2046, ids[v % 4]).Read<VoteReceipt>()));

        receipts.Select(r => r.Position).Order().ShouldBe(Enumerable.Range(1, 200).Select(i => (long)i));
        receipts.Select(r => r.Hash).Distinct().Count().ShouldBe(200);
        var live = await platform.VoteLogAsync(2046);
        live.Tally.ShouldBe(ids.ToDictionary(id => id, _ => 50), ignoreOrder: true);

        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await store.Advanced.RebuildSingleStreamAsync<VoteLog>(live.Id);
        var rebuilt = await platform.VoteLogAsync(2046);
        rebuilt.Tally.ShouldBe(live.Tally, ignoreOrder: true);
        rebuilt.LastHash.ShouldBe(live.LastHash);
    }

    [Fact]
    public async Task The_vote_endpoint_has_its_own_rate_limit_per_voter()
    {
        var ids = await platform.OnlineVoteAsync(2047, 1);
        var voter = Voter(4799);
        await platform.VoteAsync(voter, 2047, ids[0]);
        for (var i = 1; i < 30; i++) await platform.VoteAsync(voter, 2047, ids[0], 409);
        var limited = await platform.VoteAsync(voter, 2047, ids[0], 429).Read<ProblemDetails>();
        limited.Detail!.ShouldContain("每位投票人每分钟最多提交 30 次");
        await platform.VoteAsync(Voter(4798), 2047, ids[0]);
    }
}
