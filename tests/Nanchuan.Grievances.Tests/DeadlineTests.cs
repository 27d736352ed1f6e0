using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Domain;
using DeadlineKind = Nanchuan.Grievances.Domain.DeadlineKind;

namespace Nanchuan.Grievances.Tests;

/// <summary>What the platform's timers find running on a request, recomputed deadlines and supervision notices (督办).</summary>
public class DeadlineTests
{
    private static readonly DateTimeOffset AssignmentDue = Sample.At(2024, 5, 9, 18, 0);
    private static readonly DateTimeOffset HandlingDue = Sample.At(2024, 5, 11, 18, 0);
    private static readonly GrievanceDeadlines Deadlines = new();

    private static bool Fires(Grievance state, DeadlineKind deadline, DeadlineAlarm alarm, DateTimeOffset dueAt, DateTimeOffset now) =>
        DeadlineRules.Fires(Deadlines.Find(state, deadline.ToString()), alarm, dueAt, now);

    [Fact]
    public void An_unassigned_request_is_warned_then_declared_overdue_once()
    {
        var flow = GrievanceFlow.Received();
        Deadlines.Find(flow.State, nameof(DeadlineKind.Assignment))
            .ShouldBe(new RunningDeadline("Assignment", TimeLimit.WorkingDays(1), flow.State.ReceivedAt, AssignmentDue, false, false));

        Fires(flow.State, DeadlineKind.Assignment, DeadlineAlarm.Warning, AssignmentDue, Sample.At(2024, 5, 8, 18, 0)).ShouldBeTrue();
        flow.Then(new AssignmentDeadlineWarned(Sample.GrievanceId, AssignmentDue, Sample.At(2024, 5, 8, 18, 0)));
        Fires(flow.State, DeadlineKind.Assignment, DeadlineAlarm.Warning, AssignmentDue, Sample.At(2024, 5, 8, 18, 1)).ShouldBeFalse();

        Fires(flow.State, DeadlineKind.Assignment, DeadlineAlarm.Overdue, AssignmentDue, AssignmentDue).ShouldBeFalse(); // the due instant is on time
        Fires(flow.State, DeadlineKind.Assignment, DeadlineAlarm.Overdue, AssignmentDue, AssignmentDue.AddSeconds(1)).ShouldBeTrue();
        var overdue = new AssignmentOverdue(Sample.GrievanceId, AssignmentDue, AssignmentDue);
        flow.Then(overdue);
        flow.State.IsAssignmentOverdue.ShouldBeTrue();
        Fires(flow.State, DeadlineKind.Assignment, DeadlineAlarm.Overdue, AssignmentDue, AssignmentDue.AddDays(1)).ShouldBeFalse();

        IntegrationMessages.Overdue(flow.State, overdue).ShouldBe(new EnterpriseRequestOverdue(Sample.GrievanceId, OverdueStage.Assignment, 0,
            null, null, null, flow.State.EnterpriseName, flow.State.CreditCode, AssignmentDue, AssignmentDue));
    }

    [Fact]
    public void Assignment_timers_are_stale_once_assigned_or_when_the_deadline_moved()
    {
        var received = GrievanceFlow.Received().State;
        Fires(received, DeadlineKind.Assignment, DeadlineAlarm.Warning, AssignmentDue.AddDays(-1), AssignmentDue).ShouldBeFalse();
        Fires(received, DeadlineKind.Assignment, DeadlineAlarm.Overdue, AssignmentDue.AddDays(-1), AssignmentDue.AddDays(1)).ShouldBeFalse();

        var assigned = GrievanceFlow.In(GrievanceStatus.Assigned).State;
        Deadlines.Find(assigned, nameof(DeadlineKind.Assignment)).ShouldBeNull();
    }

    [Fact]
    public void A_round_without_report_is_warned_declared_overdue_and_can_then_be_supervised()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Contacted);
        Should.Throw<InvalidStateTransitionException>(() =>
                GrievanceDecisions.Supervise(flow.State, new IssueSupervisionNotice("请尽快办理"), HandlingDue.AddHours(-2)))
            .Message.ShouldContain("尚未超期");
        Deadlines.Oversight(flow.State, Deadlines.Find(flow.State, nameof(DeadlineKind.Handling))!).Department.ShouldBe("区城市管理局");

        Fires(flow.State, DeadlineKind.Handling, DeadlineAlarm.Warning, HandlingDue, Sample.At(2024, 5, 10, 18, 0)).ShouldBeTrue();
        flow.Then(new HandlingDeadlineWarned(Sample.GrievanceId, 1, "ncqhww2024-01", "qcxj", HandlingDue, Sample.At(2024, 5, 10, 18, 0)));
        flow.State.CurrentRound!.DeadlineWarned.ShouldBeTrue();
        Fires(flow.State, DeadlineKind.Handling, DeadlineAlarm.Warning, HandlingDue, Sample.At(2024, 5, 10, 18, 0)).ShouldBeFalse();

        Fires(flow.State, DeadlineKind.Handling, DeadlineAlarm.Overdue, HandlingDue, HandlingDue.AddSeconds(1)).ShouldBeTrue();
        var overdue = new HandlingOverdue(Sample.GrievanceId, 1, "ncqhww2024-01", "qcxj", HandlingDue, HandlingDue.AddSeconds(1));
        flow.Then(overdue);
        flow.State.CurrentRound!.Overdue.ShouldBeTrue();
        Fires(flow.State, DeadlineKind.Handling, DeadlineAlarm.Overdue, HandlingDue, HandlingDue.AddDays(1)).ShouldBeFalse();
        IntegrationMessages.Overdue(flow.State, overdue).HandlingUnitName.ShouldBe("区城市管理局");

        var noticeAt = Sample.At(2024, 5, 13, 9, 0);
        var notice = GrievanceDecisions.Supervise(flow.State, new IssueSupervisionNotice(" 请于1个工作日内办结 "), noticeAt);
        notice.ShouldBe(new SupervisionNoticeIssued(Sample.GrievanceId, 1, "ncqhww2024-01", "qcxj", "区城市管理局", HandlingDue, "请于1个工作日内办结", noticeAt));
        flow.Then(notice).State.CurrentRound!.SupervisionNotices.ShouldBe(1);

        Should.Throw<DomainValidationException>(() => GrievanceDecisions.Supervise(flow.State, new IssueSupervisionNotice(""), noticeAt))
            .Errors.Keys.ShouldBe(["demand"]);
    }

    [Fact]
    public void Handling_timers_are_stale_after_the_report_or_for_another_deadline()
    {
        var assigned = GrievanceFlow.In(GrievanceStatus.Assigned).State;
        Fires(assigned, DeadlineKind.Handling, DeadlineAlarm.Overdue, HandlingDue.AddDays(1), HandlingDue.AddDays(2)).ShouldBeFalse();

        var handled = GrievanceFlow.In(GrievanceStatus.Handled).State;
        Deadlines.Find(handled, nameof(DeadlineKind.Handling)).ShouldBeNull();
    }

    [Fact]
    public void A_recomputed_assignment_deadline_is_watched_afresh()
    {
        var flow = GrievanceFlow.Received();
        flow.Then(new AssignmentOverdue(Sample.GrievanceId, AssignmentDue, AssignmentDue.AddSeconds(1)));
        var moved = Sample.At(2024, 5, 10, 18, 0);

        flow.Then(new DeadlineRecomputed(Sample.GrievanceId, DeadlineKind.Assignment, null, AssignmentDue, moved,
            "2024年节假日安排调整 / 2024 schedule amended", Sample.At(2024, 5, 9, 19, 0)));

        flow.State.AssignmentDueAt.ShouldBe(moved);
        flow.State.IsAssignmentOverdue.ShouldBeFalse();
        Fires(flow.State, DeadlineKind.Assignment, DeadlineAlarm.Overdue, AssignmentDue, moved.AddSeconds(1)).ShouldBeFalse();
        Fires(flow.State, DeadlineKind.Assignment, DeadlineAlarm.Overdue, moved, moved.AddSeconds(1)).ShouldBeTrue();
    }

    [Fact]
    public void A_recomputed_handling_deadline_moves_the_current_round()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Contacted);
        flow.Then(new HandlingOverdue(Sample.GrievanceId, 1, "ncqhww2024-01", "qcxj", HandlingDue, HandlingDue.AddSeconds(1)));
        var moved = Sample.At(2024, 5, 13, 18, 0);

        flow.Then(new DeadlineRecomputed(Sample.GrievanceId, DeadlineKind.Handling, 1, HandlingDue, moved, "调休安排变更", HandlingDue));

        flow.State.CurrentRound!.DueAt.ShouldBe(moved);
        flow.State.CurrentRound.Overdue.ShouldBeFalse();
        flow.State.OpenDeadlines().Single().DueAt.ShouldBe(moved);
        Deadlines.Find(flow.State, nameof(DeadlineKind.Handling))!.DueAt.ShouldBe(moved);
    }

    [Fact]
    public void Nothing_runs_for_a_deadline_that_no_longer_runs()
    {
        Deadlines.Find(GrievanceFlow.Received().State, nameof(DeadlineKind.Handling)).ShouldBeNull();
        Deadlines.Running(GrievanceFlow.In(GrievanceStatus.Handled).State).ShouldBeEmpty();
        Deadlines.Running(GrievanceFlow.In(GrievanceStatus.Closed).State).ShouldBeEmpty();
    }
}
