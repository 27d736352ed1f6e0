using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

/// <summary>Scheduled warnings and overdue checks, recomputed deadlines and supervision notices (督办).</summary>
public class DeadlineTests
{
    private static readonly DateTimeOffset AssignmentDue = Sample.At(2024, 5, 9, 18, 0);
    private static readonly DateTimeOffset HandlingDue = Sample.At(2024, 5, 11, 18, 0);

    [Fact]
    public void An_unassigned_request_is_warned_then_declared_overdue_once()
    {
        var flow = GrievanceFlow.Received();

        var warning = GrievanceDecisions.WarnAssignmentDeadline(flow.State, AssignmentDue, Sample.At(2024, 5, 8, 18, 0));
        warning.ShouldBe(new AssignmentDeadlineWarned(Sample.GrievanceId, AssignmentDue, Sample.At(2024, 5, 8, 18, 0)));
        flow.Then(warning!);
        GrievanceDecisions.WarnAssignmentDeadline(flow.State, AssignmentDue, Sample.At(2024, 5, 8, 18, 1)).ShouldBeNull();

        var overdue = GrievanceDecisions.DeclareAssignmentOverdue(flow.State, AssignmentDue, AssignmentDue);
        flow.Then(overdue!);
        flow.State.IsAssignmentOverdue.ShouldBeTrue();
        GrievanceDecisions.DeclareAssignmentOverdue(flow.State, AssignmentDue, AssignmentDue).ShouldBeNull();

        IntegrationMessages.Overdue(flow.State, overdue!).ShouldBe(new EnterpriseRequestOverdue(Sample.GrievanceId, OverdueStage.Assignment, 0,
            null, null, null, flow.State.EnterpriseName, flow.State.CreditCode, AssignmentDue, AssignmentDue));
    }

    [Fact]
    public void Assignment_timers_are_stale_once_assigned_or_when_the_deadline_moved()
    {
        var received = GrievanceFlow.Received().State;
        GrievanceDecisions.WarnAssignmentDeadline(received, AssignmentDue.AddDays(-1), AssignmentDue).ShouldBeNull();
        GrievanceDecisions.DeclareAssignmentOverdue(received, AssignmentDue.AddDays(-1), AssignmentDue).ShouldBeNull();

        var assigned = GrievanceFlow.In(GrievanceStatus.Assigned).State;
        GrievanceDecisions.WarnAssignmentDeadline(assigned, AssignmentDue, AssignmentDue).ShouldBeNull();
        GrievanceDecisions.DeclareAssignmentOverdue(assigned, AssignmentDue, AssignmentDue).ShouldBeNull();
    }

    [Fact]
    public void A_round_without_report_is_warned_declared_overdue_and_can_then_be_supervised()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Contacted);
        Should.Throw<InvalidStateTransitionException>(() =>
                GrievanceDecisions.Supervise(flow.State, new IssueSupervisionNotice("请尽快办理"), HandlingDue.AddHours(-2)))
            .Message.ShouldContain("尚未超期");

        flow.Then(GrievanceDecisions.WarnHandlingDeadline(flow.State, 1, HandlingDue, Sample.At(2024, 5, 10, 18, 0))!);
        flow.State.CurrentRound!.DeadlineWarned.ShouldBeTrue();
        GrievanceDecisions.WarnHandlingDeadline(flow.State, 1, HandlingDue, Sample.At(2024, 5, 10, 18, 0)).ShouldBeNull();

        var overdue = GrievanceDecisions.DeclareHandlingOverdue(flow.State, 1, HandlingDue, HandlingDue);
        overdue.ShouldBe(new HandlingOverdue(Sample.GrievanceId, 1, "ncqhww2024-01", "qcxj", HandlingDue, HandlingDue));
        flow.Then(overdue!);
        flow.State.CurrentRound!.Overdue.ShouldBeTrue();
        GrievanceDecisions.DeclareHandlingOverdue(flow.State, 1, HandlingDue, HandlingDue).ShouldBeNull();
        IntegrationMessages.Overdue(flow.State, overdue!).HandlingUnitName.ShouldBe("区城市管理局");

        var noticeAt = Sample.At(2024, 5, 13, 9, 0);
        var notice = GrievanceDecisions.Supervise(flow.State, new IssueSupervisionNotice(" 请于1个工作日内办结 "), noticeAt);
        notice.ShouldBe(new SupervisionNoticeIssued(Sample.GrievanceId, 1, "ncqhww2024-01", "qcxj", "区城市管理局", HandlingDue, "请于1个工作日内办结", noticeAt));
        flow.Then(notice).State.CurrentRound!.SupervisionNotices.ShouldBe(1);

        Should.Throw<DomainValidationException>(() => GrievanceDecisions.Supervise(flow.State, new IssueSupervisionNotice(""), noticeAt))
            .Errors.Keys.ShouldBe(["demand"]);
    }

    [Fact]
    public void Handling_timers_are_stale_after_the_report_for_another_round_or_another_deadline()
    {
        var assigned = GrievanceFlow.In(GrievanceStatus.Assigned).State;
        GrievanceDecisions.WarnHandlingDeadline(assigned, 2, HandlingDue, HandlingDue).ShouldBeNull();
        GrievanceDecisions.DeclareHandlingOverdue(assigned, 1, HandlingDue.AddDays(1), HandlingDue).ShouldBeNull();

        var handled = GrievanceFlow.In(GrievanceStatus.Handled).State;
        GrievanceDecisions.WarnHandlingDeadline(handled, 1, HandlingDue, HandlingDue).ShouldBeNull();
        GrievanceDecisions.DeclareHandlingOverdue(handled, 1, HandlingDue, HandlingDue).ShouldBeNull();
    }

    [Fact]
    public void A_recomputed_assignment_deadline_is_watched_afresh()
    {
        var flow = GrievanceFlow.Received();
        flow.Then(GrievanceDecisions.DeclareAssignmentOverdue(flow.State, AssignmentDue, AssignmentDue)!);
        var moved = Sample.At(2024, 5, 10, 18, 0);

        var recomputed = GrievanceDecisions.RecomputeDeadline(flow.State, DeadlineKind.Assignment, moved, "2024年节假日安排调整 / 2024 schedule amended", Sample.At(2024, 5, 9, 19, 0));

        recomputed.ShouldBe(new DeadlineRecomputed(Sample.GrievanceId, DeadlineKind.Assignment, null, AssignmentDue, moved,
            "2024年节假日安排调整 / 2024 schedule amended", Sample.At(2024, 5, 9, 19, 0)));
        flow.Then(recomputed!);
        flow.State.AssignmentDueAt.ShouldBe(moved);
        flow.State.IsAssignmentOverdue.ShouldBeFalse();
        GrievanceDecisions.DeclareAssignmentOverdue(flow.State, AssignmentDue, moved).ShouldBeNull();
        GrievanceDecisions.DeclareAssignmentOverdue(flow.State, moved, moved).ShouldNotBeNull();
    }

    [Fact]
    public void A_recomputed_handling_deadline_moves_the_current_round()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Contacted);
        flow.Then(GrievanceDecisions.DeclareHandlingOverdue(flow.State, 1, HandlingDue, HandlingDue)!);
        var moved = Sample.At(2024, 5, 13, 18, 0);

        flow.Then(GrievanceDecisions.RecomputeDeadline(flow.State, DeadlineKind.Handling, moved, "调休安排变更", HandlingDue)!);

        flow.State.CurrentRound!.DueAt.ShouldBe(moved);
        flow.State.CurrentRound.Overdue.ShouldBeFalse();
        ((DeadlineRecomputed)flow.Events[^1]).Round.ShouldBe(1);
        flow.State.OpenDeadlines().Single().DueAt.ShouldBe(moved);
    }

    [Fact]
    public void Nothing_is_recomputed_for_a_deadline_that_no_longer_runs_or_did_not_move()
    {
        var received = GrievanceFlow.Received().State;
        GrievanceDecisions.RecomputeDeadline(received, DeadlineKind.Assignment, AssignmentDue, "同一期限", HandlingDue).ShouldBeNull();
        GrievanceDecisions.RecomputeDeadline(received, DeadlineKind.Handling, HandlingDue, "尚未交办", HandlingDue).ShouldBeNull();
        GrievanceDecisions.RecomputeDeadline(GrievanceFlow.In(GrievanceStatus.Handled).State, DeadlineKind.Handling, HandlingDue.AddDays(1), "已办理", HandlingDue)
            .ShouldBeNull();
        GrievanceFlow.In(GrievanceStatus.Closed).State.OpenDeadlines().ShouldBeEmpty();
    }

    [Fact]
    public void A_recomputation_must_say_why() =>
        Should.Throw<DomainValidationException>(() =>
                GrievanceDecisions.RecomputeDeadline(GrievanceFlow.Received().State, DeadlineKind.Assignment, HandlingDue, " ", HandlingDue))
            .Errors.Keys.ShouldBe(["reason"]);
}
