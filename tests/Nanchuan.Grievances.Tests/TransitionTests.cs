using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

/// <summary>Every step of the loop against every status: allowed where the spec allows it, a 409 naming the state elsewhere.</summary>
public class TransitionTests
{
    private static readonly DateTimeOffset Now = Sample.At(2024, 6, 28, 10, 0);

    private sealed record Step(GrievanceStatus[] AllowedFrom, GrievanceStatus Leads, Func<Grievance, object> Decide);

    private static readonly Dictionary<string, Step> Steps = new()
    {
        ["assign"] = new([GrievanceStatus.Received, GrievanceStatus.Unsatisfied], GrievanceStatus.Assigned,
            s => GrievanceDecisions.Assign(s, Sample.Assignment(), AssignmentSlipNumber.Format(2024, 50), Now, Now.AddDays(3))),
        ["contact"] = new([GrievanceStatus.Assigned], GrievanceStatus.Contacted,
            s => GrievanceDecisions.RecordContact(s, new RecordEnterpriseContact(ContactMethod.Phone, Now, "核实诉求"), Now)),
        ["report"] = new([GrievanceStatus.Assigned, GrievanceStatus.Contacted], GrievanceStatus.Handled,
            s => GrievanceDecisions.ReportHandling(s, Sample.Report(Now), Now, 2m)),
        ["evaluate"] = new([GrievanceStatus.Handled], GrievanceStatus.Evaluated,
            s => GrievanceDecisions.Evaluate(s, new EvaluateGrievance(true, "", Now), Now)),
        ["close"] = new([GrievanceStatus.Evaluated, GrievanceStatus.Tracking], GrievanceStatus.Closed,
            s => GrievanceDecisions.Close(s, new CloseGrievance("同意销号"), Now)),
        ["track"] = new([GrievanceStatus.Evaluated], GrievanceStatus.Tracking,
            s => GrievanceDecisions.KeepTracking(s, new ContinueTracking("承诺事项尚未完成"), Now)),
    };

    public static TheoryData<string, GrievanceStatus> LegalSteps()
    {
        var data = new TheoryData<string, GrievanceStatus>();
        foreach (var (name, step) in Steps)
            foreach (var status in step.AllowedFrom) data.Add(name, status);
        return data;
    }

    public static TheoryData<string, GrievanceStatus> IllegalSteps()
    {
        var data = new TheoryData<string, GrievanceStatus>();
        foreach (var (name, step) in Steps)
            foreach (var status in Enum.GetValues<GrievanceStatus>().Except(step.AllowedFrom)) data.Add(name, status);
        return data;
    }

    [Theory]
    [MemberData(nameof(LegalSteps))]
    public void A_step_is_taken_from_the_statuses_the_loop_allows(string step, GrievanceStatus from)
    {
        var flow = GrievanceFlow.In(from);
        flow.Then(Steps[step].Decide(flow.State));
        flow.State.Status.ShouldBe(Steps[step].Leads);
    }

    [Theory]
    [MemberData(nameof(IllegalSteps))]
    public void A_step_from_any_other_status_is_refused_with_409_naming_the_state(string step, GrievanceStatus from)
    {
        var flow = GrievanceFlow.In(from);

        var refusal = Should.Throw<InvalidStateTransitionException>(() => Steps[step].Decide(flow.State));

        refusal.CurrentState.ShouldBe(from.ToChinese());
        refusal.Message.ShouldContain($"“{from.ToChinese()}”");
        flow.State.Status.ShouldBe(from);
    }

    [Fact]
    public void Closing_an_unassigned_request_is_refused_naming_its_state() =>
        Should.Throw<InvalidStateTransitionException>(() => GrievanceDecisions.Close(GrievanceFlow.In(GrievanceStatus.Received).State, new CloseGrievance(null), Now))
            .Message.ShouldBe("当前状态为“已收集”，不能执行“同意销号 (close)” / '同意销号 (close)' is not allowed while the case is '已收集'.");

    [Fact]
    public void Closing_after_an_unsatisfied_evaluation_is_refused() =>
        Should.Throw<InvalidStateTransitionException>(() => GrievanceDecisions.Close(GrievanceFlow.In(GrievanceStatus.Unsatisfied).State, new CloseGrievance(null), Now))
            .CurrentState.ShouldBe("不满意待再次交办");

    [Fact]
    public void Assigning_records_the_slip_the_limit_the_unit_and_the_deadline()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Received);
        var assignedAt = Sample.At(2024, 5, 9, 10, 0);
        var due = Sample.At(2024, 5, 22, 18, 0);

        var assigned = GrievanceDecisions.Assign(flow.State, Sample.Assignment(ProblemType.Complex, 7, " qfgj ", "区发展改革委"), "ncqhww2024-03", assignedAt, due);

        assigned.ShouldBe(new GrievanceAssigned(Sample.GrievanceId, 1, "ncqhww2024-03", ProblemType.Complex, 7, "qfgj", "区发展改革委", assignedAt, due));
        flow.Then(assigned).State.CurrentRound!.DueAt.ShouldBe(due);
        flow.State.OpenDeadlines().ShouldBe([new OpenDeadline(DeadlineKind.Handling, 1, assignedAt, 7, due)]);
    }

    [Fact]
    public void Without_a_chosen_limit_the_slip_takes_the_proposed_one() =>
        GrievanceDecisions.Assign(GrievanceFlow.In(GrievanceStatus.Received).State, Sample.Assignment(ProblemType.General), "ncqhww2024-01", Now, Now.AddDays(7))
            .TimeLimitWorkingDays.ShouldBe(5);

    [Fact]
    public void A_limit_longer_than_proposed_and_a_missing_unit_are_refused_together()
    {
        var error = Should.Throw<DomainValidationException>(() =>
            GrievanceDecisions.Assign(GrievanceFlow.In(GrievanceStatus.Received).State, Sample.Assignment(ProblemType.Simple, 5, unit: ""), "ncqhww2024-01", Now, Now.AddDays(7)));
        error.Errors.Keys.ShouldBe(["timeLimitWorkingDays", "handlingUnitId"], ignoreOrder: true);
    }

    [Fact]
    public void A_malformed_or_reused_slip_number_is_a_programming_error()
    {
        var unsatisfied = GrievanceFlow.In(GrievanceStatus.Unsatisfied).State;
        Should.Throw<FormatException>(() => GrievanceDecisions.Assign(unsatisfied, Sample.Assignment(), "2024-01", Now, Now.AddDays(3)));
        Should.Throw<ArgumentException>(() => GrievanceDecisions.Assign(unsatisfied, Sample.Assignment(), AssignmentSlipNumber.Format(2024, 1), Now, Now.AddDays(3)));
    }

    [Fact]
    public void Contact_cannot_predate_the_assignment_nor_lack_notes()
    {
        var assigned = GrievanceFlow.In(GrievanceStatus.Assigned).State;
        var error = Should.Throw<DomainValidationException>(() =>
            GrievanceDecisions.RecordContact(assigned, new RecordEnterpriseContact(ContactMethod.Visit, Sample.At(2024, 5, 9, 9, 0), " "), Now));
        error.Errors.Keys.ShouldBe(["contactedAt", "notes"], ignoreOrder: true);
    }

    [Fact]
    public void A_handling_report_needs_the_units_contact_person_phone_and_actions()
    {
        var contacted = GrievanceFlow.In(GrievanceStatus.Contacted).State;
        var report = new FileHandlingReport(null, "call me", ContactMethod.Phone, Now, "", null);

        var error = Should.Throw<DomainValidationException>(() => GrievanceDecisions.ReportHandling(contacted, report, Now, 1m));

        error.Errors.Keys.ShouldBe(["unitContactPerson", "unitContactPhone", "actionsTaken"], ignoreOrder: true);
    }

    [Fact]
    public void A_report_by_the_deadline_is_within_limit_and_one_after_it_is_not()
    {
        var state = GrievanceFlow.In(GrievanceStatus.Contacted).State;
        var due = state.CurrentRound!.DueAt;

        var onTime = GrievanceDecisions.ReportHandling(state, Sample.Report(due.AddHours(-1), new DateOnly(2024, 6, 30)), due, 2m);
        var late = GrievanceDecisions.ReportHandling(state, Sample.Report(due.AddHours(-1)), due.AddMinutes(1), 2m);

        onTime.WithinLimit.ShouldBeTrue();
        onTime.PromisedCompletionDate.ShouldBe(new DateOnly(2024, 6, 30));
        onTime.HandlingWorkingDays.ShouldBe(2m);
        late.WithinLimit.ShouldBeFalse();
    }

    [Fact]
    public void An_unsatisfied_evaluation_needs_a_reason()
    {
        var handled = GrievanceFlow.In(GrievanceStatus.Handled).State;
        Should.Throw<DomainValidationException>(() => GrievanceDecisions.Evaluate(handled, new EvaluateGrievance(false, " ", Now), Now))
            .Errors.Keys.ShouldBe(["comment"]);
    }

    [Fact]
    public void An_evaluation_cannot_predate_the_handling_report()
    {
        var handled = GrievanceFlow.In(GrievanceStatus.Handled).State;
        Should.Throw<DomainValidationException>(() =>
                GrievanceDecisions.Evaluate(handled, new EvaluateGrievance(true, "", Sample.At(2024, 5, 10, 15, 0)), Now))
            .Errors.Keys.ShouldBe(["revisitedAt"]);
    }

    [Fact]
    public void Tracking_needs_a_reason() =>
        Should.Throw<DomainValidationException>(() =>
                GrievanceDecisions.KeepTracking(GrievanceFlow.In(GrievanceStatus.Evaluated).State, new ContinueTracking(null), Now))
            .Errors.Keys.ShouldBe(["reason"]);

    [Fact]
    public void A_closed_request_refuses_every_step_of_the_loop()
    {
        var closed = GrievanceFlow.In(GrievanceStatus.Closed).State;
        foreach (var step in Steps.Values)
            Should.Throw<InvalidStateTransitionException>(() => step.Decide(closed)).CurrentState.ShouldBe("已销号");
        Should.Throw<InvalidStateTransitionException>(() => GrievanceDecisions.Supervise(closed, new IssueSupervisionNotice("x"), Now));
    }
}
