using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

/// <summary>The whole loop 收集—交办—办理—反馈—评价—销号—回访, including an unsatisfied round.</summary>
public class ClosedLoopTests
{
    [Fact]
    public void Unsatisfied_then_reassigned_then_satisfied_then_closed()
    {
        var flow = GrievanceFlow.Received()
            .Assign(Sample.At(2024, 5, 9, 10, 0))
            .Contact(Sample.At(2024, 5, 9, 14, 0))
            .Report(Sample.At(2024, 5, 10, 16, 0), workingDays: 1.5m)
            .Evaluate(Sample.At(2024, 5, 13, 10, 0), satisfied: false);
        flow.State.Status.ShouldBe(GrievanceStatus.Unsatisfied);

        flow.Assign(Sample.At(2024, 5, 13, 11, 0), Sample.Assignment(ProblemType.General, unit: "qjxw", unitName: "区经济信息委"), sequence: 2);
        flow.State.Status.ShouldBe(GrievanceStatus.Assigned);
        flow.State.CurrentRound!.Round.ShouldBe(2);
        flow.State.CurrentRound.SlipNumber.ShouldBe("ncqhww2024-02");
        flow.State.CurrentRound.HandlingUnitName.ShouldBe("区经济信息委");

        // Round 2 was due Wed 2024-05-15 18:00: its report is late.
        flow.Report(Sample.At(2024, 5, 16, 9, 0), workingDays: 3m)
            .Evaluate(Sample.At(2024, 5, 17, 10, 0), satisfied: true)
            .Close(Sample.At(2024, 5, 17, 11, 0));

        flow.State.Status.ShouldBe(GrievanceStatus.Closed);
        flow.State.ClosedAt.ShouldBe(Sample.At(2024, 5, 17, 11, 0));
        flow.State.Rounds.Select(r => (r.Round, r.HandlingUnitId, r.Satisfied, r.HandledWithinLimit)).ShouldBe(
            [(1, "qcxj", false, true), (2, "qjxw", true, false)]);
        flow.State.Rounds[1].ClosedAt.ShouldBe(Sample.At(2024, 5, 17, 11, 0));
        flow.Events.Select(e => e.GetType().Name).ShouldBe([
            nameof(GrievanceReceived), nameof(GrievanceAssigned), nameof(EnterpriseContacted), nameof(HandlingReported),
            nameof(GrievanceEvaluated), nameof(GrievanceAssigned), nameof(HandlingReported), nameof(GrievanceEvaluated), nameof(GrievanceClosed)]);

        var closed = IntegrationMessages.Closed(flow.State, (GrievanceClosed)flow.Events[^1]);
        closed.ShouldBe(new EnterpriseRequestClosed(Sample.GrievanceId, "ncqhww2024-02", 2, "qjxw", "区经济信息委",
            flow.State.EnterpriseName, flow.State.CreditCode, Sample.At(2024, 5, 8, 9, 0), Sample.At(2024, 5, 17, 11, 0)));
    }

    [Fact]
    public void A_promise_is_tracked_revisited_and_then_closed()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Contacted)
            .Report(Sample.At(2024, 5, 10, 16, 0), promised: new DateOnly(2024, 6, 30))
            .Evaluate(Sample.At(2024, 5, 13, 10, 0), satisfied: true)
            .Track(Sample.At(2024, 5, 13, 11, 0));
        flow.State.TrackingReason.ShouldBe("等待承诺事项完成");

        var reminder = GrievanceDecisions.RemindPromiseRevisit(flow.State, 1, Sample.At(2024, 6, 30, 8, 30));
        reminder.ShouldBe(new PromiseRevisitDue(Sample.GrievanceId, 1, "qcxj", new DateOnly(2024, 6, 30), Sample.At(2024, 6, 30, 8, 30)));
        flow.Then(reminder!);
        GrievanceDecisions.RemindPromiseRevisit(flow.State, 1, Sample.At(2024, 6, 30, 9, 0)).ShouldBeNull();

        var revisitedAt = Sample.At(2024, 7, 1, 10, 0);
        flow.Then(GrievanceDecisions.RecordPromiseRevisit(flow.State, new RevisitPromise(true, "路面已修复", revisitedAt), revisitedAt));
        flow.State.CurrentRound!.PromiseKept.ShouldBe(true);
        flow.State.Status.ShouldBe(GrievanceStatus.Tracking);

        flow.Close(Sample.At(2024, 7, 1, 11, 0)).State.Status.ShouldBe(GrievanceStatus.Closed);
    }

    [Fact]
    public void A_promise_is_revisited_once_only()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Contacted).Report(Sample.At(2024, 5, 10, 16, 0), promised: new DateOnly(2024, 5, 31));
        var at = Sample.At(2024, 5, 31, 10, 0);
        flow.Then(GrievanceDecisions.RecordPromiseRevisit(flow.State, new RevisitPromise(false, "未按期完成", at), at));

        Should.Throw<InvalidStateTransitionException>(() =>
                GrievanceDecisions.RecordPromiseRevisit(flow.State, new RevisitPromise(true, "", at), at))
            .Message.ShouldContain("已回访");
    }

    [Fact]
    public void A_broken_promise_needs_a_note()
    {
        var state = GrievanceFlow.In(GrievanceStatus.Contacted).Report(Sample.At(2024, 5, 10, 16, 0), promised: new DateOnly(2024, 5, 31)).State;
        var at = Sample.At(2024, 5, 31, 10, 0);
        Should.Throw<DomainValidationException>(() => GrievanceDecisions.RecordPromiseRevisit(state, new RevisitPromise(false, null, at), at))
            .Errors.Keys.ShouldBe(["note"]);
    }

    [Theory]
    [InlineData(GrievanceStatus.Received)]
    [InlineData(GrievanceStatus.Assigned)]
    [InlineData(GrievanceStatus.Contacted)]
    public void No_promise_can_be_revisited_before_the_handling_report(GrievanceStatus status)
    {
        var state = GrievanceFlow.In(status).State;
        var refusal = Should.Throw<InvalidStateTransitionException>(() =>
            GrievanceDecisions.RecordPromiseRevisit(state, new RevisitPromise(true, "", Sample.At(2024, 6, 1, 9, 0)), Sample.At(2024, 6, 1, 9, 0)));
        refusal.CurrentState.ShouldBe(status.ToChinese());
        refusal.Message.ShouldContain(status.ToChinese());
    }

    [Fact]
    public void No_promise_can_be_revisited_when_none_was_made()
    {
        var state = GrievanceFlow.In(GrievanceStatus.Evaluated).State;
        Should.Throw<InvalidStateTransitionException>(() =>
                GrievanceDecisions.RecordPromiseRevisit(state, new RevisitPromise(true, "", Sample.At(2024, 6, 1, 9, 0)), Sample.At(2024, 6, 1, 9, 0)))
            .Message.ShouldContain("没有承诺办结时限");
        GrievanceDecisions.RemindPromiseRevisit(state, 1, Sample.At(2024, 6, 1, 9, 0)).ShouldBeNull();
    }

    [Fact]
    public void A_promise_still_pending_at_closing_can_be_revisited_afterwards()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Contacted)
            .Report(Sample.At(2024, 5, 10, 16, 0), promised: new DateOnly(2024, 6, 30))
            .Evaluate(Sample.At(2024, 5, 13, 10, 0), satisfied: true)
            .Close(Sample.At(2024, 5, 13, 11, 0));
        var at = Sample.At(2024, 7, 1, 10, 0);

        flow.Then(GrievanceDecisions.RemindPromiseRevisit(flow.State, 1, Sample.At(2024, 6, 30, 8, 30))!)
            .Then(GrievanceDecisions.RecordPromiseRevisit(flow.State, new RevisitPromise(true, "已完成", at), at));

        flow.State.Status.ShouldBe(GrievanceStatus.Closed);
        flow.State.CurrentRound!.PromiseKept.ShouldBe(true);
    }

    [Fact]
    public void A_reassignment_starts_a_round_without_the_previous_promise()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Contacted)
            .Report(Sample.At(2024, 5, 10, 16, 0), promised: new DateOnly(2024, 6, 30))
            .Evaluate(Sample.At(2024, 5, 13, 10, 0), satisfied: false)
            .Assign(Sample.At(2024, 5, 13, 11, 0), sequence: 2);

        flow.State.CurrentRound!.PromisedCompletionDate.ShouldBeNull();
        GrievanceDecisions.RemindPromiseRevisit(flow.State, 1, Sample.At(2024, 6, 30, 8, 30)).ShouldBeNull();
    }
}
