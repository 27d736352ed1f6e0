using Nanchuan.Awards.Approving;
using Nanchuan.Awards.Final;
using Nanchuan.Awards.Voting;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>The award's deadline (Q1 of the next year), watched by the platform with its oversight events.</summary>
[Collection(AwardsCollection.Name)]
public sealed class AwardDeadlineTests(AwardsHost platform)
{
    private static readonly Actor Judge = new("judge-d", "评委", Roles.DepartmentHandler, "区政协", null, Channels.Web);

    [Fact]
    public async Task The_second_approval_sets_the_award_deadline_at_the_end_of_q1_and_it_is_warned_and_declared_overdue()
    {
        // 2025's contest: the award is due in Q1 2026, by 24:00 on Tuesday 31 March 2026 (a working day; Qingming is 4–6 April);
        // the warning comes 1 working day before the due instant, at the start of 31 March.
        var ids = await platform.OnlineVoteAsync(2025, 2);
        await platform.Post(Office, Contest(2025) + "/voting/close", new CloseVotingBody(null));
        await platform.Post(Office, Contest(2025) + "/panel", new AppointPanelBody([new(Judge.Id, Judge.Name, "区政协", "政协委员")]));
        foreach (var id in ids) await platform.Post(Judge, $"{Contest(2025)}/entries/{id}/scores", new ScoreFinalistBody(80));
        await platform.Post(Office, Contest(2025) + "/final-list", new SelectListBody(null));
        platform.SetTime(Time("2025-12-20 10:00"));
        var first = await platform.Host.TrackAsync(() => platform.Post(Office, Contest(2025) + "/approvals", new ApproveListBody(ApprovingBody.ExecutiveMeeting, "常务会议")));
        first.Sent.MessagesOf<DeadlineSet>().ShouldBeEmpty();

        var second = await platform.Host.TrackAsync(() => platform.Post(Office, Contest(2025) + "/approvals", new ApproveListBody(ApprovingBody.StandingCommittee, "常委会")));
        var contest = await platform.ContestAsync(2025);
        var @case = new OversightCase("Awards", "contest", contest.Id, null, "区营商办");
        var set = second.MessagesPublished<DeadlineSet>().ShouldHaveSingleItem();
        (set.Case, set.Deadline, set.StartedAt, set.DueAt, set.WarningAt).ShouldBe((@case, "Award", Time("2026-01-01 00:00"), Time("2026-04-01 00:00"), Time("2026-03-31 00:00")));
        DeadlineTimers.ScheduledBy(second).Select(t => (t.Alarm, t.FireAt)).ShouldBe(
            [(DeadlineAlarm.Warning, Time("2026-03-31 00:00")), (DeadlineAlarm.Overdue, Time("2026-04-01 00:00").AddSeconds(1))]);

        var events = await platform.FireScheduledTimersAsync(second, contest.Id);
        events.Select(e => e.GetType().Name).TakeLast(4).ShouldBe(["ListApproved", "AwardDeadlineSet", "AwardDeadlineWarned", "AwardOverdue"]);
        (await platform.ContestAsync(2025)).AwardDeadline!.Overdue.ShouldBeTrue();
    }
}
