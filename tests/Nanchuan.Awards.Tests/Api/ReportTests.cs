using Nanchuan.Awards.Approving;
using Nanchuan.Awards.Awarding;
using Nanchuan.Awards.Final;
using Nanchuan.Awards.Reports;
using Nanchuan.Awards.Voting;
using Nanchuan.BuildingBlocks.Actors;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>The report tables: entries per phase, votes per case per day, flagged bursts, panel scores raw and trimmed; rebuild equals live.</summary>
[Collection(AwardsCollection.Name)]
public sealed class ReportTests(AwardsHost platform)
{
    private static readonly Actor Judge = new("judge-r", "评委", Roles.DepartmentHandler, "区人大常委会", null, Channels.Web);

    private async Task<List<Guid>> WholeContestAsync(int year)
    {
        var ids = await platform.OnlineVoteAsync(year, 5);
        for (var v = 0; v < 5; v++)
        foreach (var id in ids) await platform.VoteAsync(Voter(8000 + v), year, id);
        platform.SetTime(Time($"{year}-11-21 10:00"));
        await platform.VoteAsync(Voter(8000), year, ids[4]);
        await platform.Post(Office, Contest(year) + "/voting/close", new CloseVotingBody(null));
        await platform.Post(Office, Contest(year) + "/panel", new AppointPanelBody([new(Judge.Id, Judge.Name, "区人大常委会", "人大代表")]));
        for (var i = 0; i < ids.Count; i++) await platform.Post(Judge, $"{Contest(year)}/entries/{ids[i]}/scores", new ScoreFinalistBody(80 - i));
        await platform.Post(Office, Contest(year) + "/final-list", new SelectListBody(null));
        await platform.Post(Office, Contest(year) + "/approvals", new ApproveListBody(ApprovingBody.ExecutiveMeeting, "常务会议"));
        await platform.Post(Office, Contest(year) + "/approvals", new ApproveListBody(ApprovingBody.StandingCommittee, "常委会"));
        platform.SetTime(Time($"{year + 1}-01-20 10:00"));
        await platform.Post(Office, Contest(year) + "/award", new ConferAwardsBody("优化营商环境大会"));
        return ids;
    }

    [Fact]
    public async Task The_report_tables_count_phases_votes_per_day_bursts_and_panel_scores_and_rebuild_to_the_live_rows()
    {
        var ids = await WholeContestAsync(2080);

        (await platform.SqlRowsAsync("select submitted, shortlisted, finalists, listed, awarded from awards.entries_per_phase where year = 2080"))
            .ShouldBe(["5|5|5|5|5"]);
        (await platform.SqlRowsAsync($"select day, votes, flagged from awards.votes_per_day where year = 2080 and entry_id = '{ids[4]}' order by day"))
            .ShouldBe(["2080-11-20|5|1", "2080-11-21|1|0"]);
        (await platform.SqlRowsAsync("select flagged_votes from awards.flagged_bursts where year = 2080")).ShouldBe(["5"]);
        (await platform.SqlRowsAsync($"select score from awards.panel_scores where year = 2080 and entry_id = '{ids[0]}'")).ShouldBe(["80"]);
        (await platform.SqlRowsAsync($"select scores, raw_mean, counted, trimmed_mean, listed from awards.panel_results where year = 2080 and entry_id = '{ids[1]}'"))
            .ShouldBe(["1|79|1|79|True"]);

        var csv = await platform.Get(Office, "/api/awards/reports/entries_per_phase.csv");
        (await csv.ReadAsTextAsync()).ShouldContain("2080");
        await platform.Get(TestActors.MarketRegulator, "/api/awards/reports/entries_per_phase.csv", 403);

        await platform.ShouldRebuildToTheLiveRowsAsync<AwardsReportProjection>(AwardsReports.Catalog);
    }
}
