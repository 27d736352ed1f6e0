using Alba;
using Nanchuan.Awards.Publishing;
using Nanchuan.Awards.Receipts;
using Nanchuan.Awards.Reviewing;
using Nanchuan.Awards.Voting;
using Npgsql;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>Without sign-in: the lists and vote counts, receipts anyone can check, a recount that detects tampering, the phone page.</summary>
[Collection(AwardsCollection.Name)]
public sealed class PublicTests(AwardsHost platform)
{
    private Task<T> Anonymous<T>(string url) => platform.Scenario(s => s.Get.Url(url)).ContinueWith(t => t.Result.ReadAsJsonAsync<T>()).Unwrap();

    [Fact]
    public async Task The_shortlist_with_vote_counts_and_the_finalists_are_public_without_sign_in()
    {
        var ids = await platform.OnlineVoteAsync(2070, 3);
        await platform.VoteAsync(Voter(7001), 2070, ids[2]);
        await platform.VoteAsync(Voter(7002), 2070, ids[2]);

        var open = await Anonymous<PublicContest>($"{Route}/public/contests/2070");
        open.PhaseName.ShouldBe("网络票选");
        open.VotingOpen.ShouldBeTrue();
        open.Shortlist.Select(c => (c.Entry.EntryId, c.Votes)).ShouldBe([(ids[0], 0), (ids[1], 0), (ids[2], 2)]);
        open.Finalists.ShouldBeEmpty();

        await platform.Post(Office, Contest(2070) + "/voting/close", new CloseVotingBody(null));
        var closed = await Anonymous<PublicContest>($"{Route}/public/contests/2070");
        closed.Finalists.Select(f => f.EntryId).ShouldBe([ids[2], ids[0], ids[1]]);
        closed.Votes.ShouldBe(2);
        await platform.Scenario(s =>
        {
            s.Get.Url($"{Route}/public/contests/1999");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task Each_receipt_is_in_the_public_log_and_the_recount_equals_the_live_tally()
    {
        var ids = await platform.OnlineVoteAsync(2071, 3);
        var receipts = new List<VoteReceipt>();
        for (var v = 0; v < 4; v++) receipts.Add(await platform.VoteAsync(Voter(7100 + v), 2071, ids[v % 3]).Read<VoteReceipt>());

        foreach (var receipt in receipts)
        {
            var logged = await Anonymous<PublicVote>(receipt.Url);
            logged.Hash.ShouldBe(receipt.Hash);
            logged.EntryId.ShouldBe(receipt.EntryId);
        }
        var recount = await Anonymous<RecountResult>($"{Route}/public/contests/2071/recount");
        recount.ChainIntact.ShouldBeTrue();
        recount.EqualsLiveTally.ShouldBeTrue();
        recount.Votes.ShouldBe(4);
        recount.Recounted[ids[0]].ShouldBe(2);
        recount.LastHash.ShouldBe(receipts[^1].Hash);
        await platform.Scenario(s =>
        {
            s.Get.Url($"{Route}/public/contests/2071/votes/5");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task The_voting_page_is_served_without_sign_in_and_sized_for_a_phone()
    {
        var page = await platform.Scenario(s =>
        {
            s.Get.Url($"{Route}/public/contests/2073/vote-page");
            s.ContentTypeShouldBe("text/html; charset=utf-8");
        });
        var html = await page.ReadAsTextAsync();
        html.ShouldContain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.ShouldContain("2073年度“最佳案例大家评”");
        html.ShouldContain("/contests/2073/votes");
    }
}

/// <summary>Tampering with the stored log, on a database of its own (the other tests' report rows must still rebuild from theirs).</summary>
public sealed class TamperingTests(AwardsHost platform) : IClassFixture<AwardsHost>
{
    private Task<T> Anonymous<T>(string url) => platform.Scenario(s => s.Get.Url(url)).ContinueWith(t => t.Result.ReadAsJsonAsync<T>()).Unwrap();

    [Fact]
    public async Task An_altered_or_removed_vote_breaks_the_chain_at_its_position()
    {
        var ids = await platform.OnlineVoteAsync(2072, 2);
        for (var v = 0; v < 4; v++) await platform.VoteAsync(Voter(7200 + v), 2072, ids[0]);
        var log = await platform.VoteLogAsync(2072);

        // Someone with database access moves vote 2 to the other case.
        await ExecuteAsync($"update events.mt_events set data = jsonb_set(data, '{{entryId}}', '\"{ids[1]}\"') where stream_id = '{log.Id}' and version = 3");
        var altered = await Anonymous<RecountResult>($"{Route}/public/contests/2072/recount");
        altered.ChainIntact.ShouldBeFalse();
        altered.FirstBreak.ShouldBe(2);
        altered.EqualsLiveTally.ShouldBeFalse();

        await ExecuteAsync($"update events.mt_events set data = jsonb_set(data, '{{entryId}}', '\"{ids[0]}\"') where stream_id = '{log.Id}' and version = 3");
        (await Anonymous<RecountResult>($"{Route}/public/contests/2072/recount")).ChainIntact.ShouldBeTrue();
        await ExecuteAsync($"delete from events.mt_events where stream_id = '{log.Id}' and version = 5");
        var removed = await Anonymous<RecountResult>($"{Route}/public/contests/2072/recount");
        removed.ChainIntact.ShouldBeFalse();
        removed.FirstBreak.ShouldBe(4);
    }

    [Fact]
    public async Task A_void_is_a_link_of_the_chain_so_its_removal_or_alteration_breaks_it()
    {
        // Five voters for each of five cases within the minute from the test server's one source: votes 21–25 are a burst.
        var ids = await platform.OnlineVoteAsync(2073, 5);
        for (var v = 0; v < 5; v++)
        foreach (var id in ids) await platform.VoteAsync(Voter(20730 + v), 2073, id);
        platform.SetTime(Time("2073-11-20 10:02"));
        await platform.Post(Office, Contest(2073) + "/bursts/1/review", new ReviewBurstBody(BurstDecision.Void, "同一来源集中刷票"));
        await platform.VoteAsync(Voter(20739), 2073, ids[0]);

        var recount = await Anonymous<RecountResult>($"{Route}/public/contests/2073/recount");
        recount.ChainIntact.ShouldBeTrue();
        var link = recount.Voids.ShouldHaveSingleItem();
        (link.AfterPosition, link.Positions.Count).ShouldBe((25, 5));
        var vote26 = await Anonymous<PublicVote>($"{Route}/public/contests/2073/votes/26");
        vote26.PreviousHash.ShouldBe(link.Hash);
        recount.LastHash.ShouldBe(vote26.Hash);

        // Someone with database access rewrites the void's reason, then deletes the void: the vote after it no longer chains.
        var log = await platform.VoteLogAsync(2073);
        const string voidRow = "data ? 'positions'";
        await ExecuteAsync($"update events.mt_events set data = jsonb_set(data, '{{reason}}', '\"误判\"') where stream_id = '{log.Id}' and {voidRow}");
        var altered = await Anonymous<RecountResult>($"{Route}/public/contests/2073/recount");
        (altered.ChainIntact, altered.FirstBreak).ShouldBe((false, 26));

        await ExecuteAsync($"delete from events.mt_events where stream_id = '{log.Id}' and {voidRow}");
        var removed = await Anonymous<RecountResult>($"{Route}/public/contests/2073/recount");
        (removed.ChainIntact, removed.FirstBreak).ShouldBe((false, 26));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
