using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Intake;
using Nanchuan.Grievances.Evaluating;
using Nanchuan.Grievances.Supervising;
using Nanchuan.Testing;
using Wolverine.Tracking;
using SupervisionNoticeIssued = Nanchuan.BuildingBlocks.Oversight.SupervisionNoticeIssued;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>A request's opening, 督办 and closing as the oversight contract publishes them, with the module's own step.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class OversightEventsTests(GrievancesHost platform)
{
    [Fact]
    public async Task A_request_is_opened_supervised_and_closed_on_the_oversight_contract()
    {
        // Received and assigned Mon 2024-09-02 10:00: a simple problem due Wed 2024-09-04 18:00, missed.
        var receivedAt = GrievanceApi.At(2024, 9, 2, 10, 0);
        platform.SetTime(receivedAt);
        GrievanceReceivedResponse received = null!;
        var receiving = await platform.Host.TrackAsync(async () => received = await platform.Receive());
        // The assignment deadline travels inside the opening (ADR 0204): one envelope, filed in one transaction.
        var opened = receiving.Published<CaseOpened>();
        Case(received.Id, "区营商办").ShouldSatisfyAllConditions(@case =>
            opened.ShouldBe(new CaseOpened(@case, "企业诉求：重庆南川示例科技有限公司", receivedAt, EnterpriseName: "重庆南川示例科技有限公司",
                Deadline: new DeadlineSet(@case, "Assignment", "1个工作日", receivedAt, received.AssignmentDueAt, opened.Deadline?.WarningAt))));
        receiving.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<DeadlineSet>().ShouldBeEmpty();

        AssignmentIssued assigned = null!;
        var assigning = await platform.Host.TrackAsync(async () => assigned = await platform.Assign(received.Id, ProblemType.Simple, "qu-shichangjianguanju"));
        assigning.Published<CaseNumbered>().ShouldBe(new CaseNumbered(Case(received.Id, "区市场监管局"), assigned.SlipNumber, "交办单编号", receivedAt));
        platform.SetTime(GrievanceApi.At(2024, 9, 5, 9, 0));
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue(GrievanceDeadlines.Type, received.Id, "Handling", GrievanceApi.At(2024, 9, 4, 18, 0)));

        var supervising = await platform.Host.TrackAsync(() =>
            platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{received.Id}/supervision-notice", new IssueSupervisionNoticeBody("请于3个工作日内办结")));
        supervising.Published<SupervisionNoticeIssued>().ShouldBe(new SupervisionNoticeIssued(
            Case(received.Id, "区市场监管局"), "Handling", "请于3个工作日内办结", TestActors.BusinessOffice.Name, GrievanceApi.At(2024, 9, 5, 9, 0)));

        platform.SetTime(GrievanceApi.At(2024, 9, 6, 10, 0));
        await platform.Report(received.Id, GrievanceApi.At(2024, 9, 5, 15, 0));
        await platform.Evaluate(received.Id, satisfied: true);
        var closing = await platform.Host.TrackAsync(() =>
            platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{received.Id}/closure", new CloseRequestBody(null)));
        closing.Published<CaseClosed>().ShouldBe(new CaseClosed(Case(received.Id, "区市场监管局"), "已销号", false, GrievanceApi.At(2024, 9, 6, 10, 0)));
    }

    [Fact]
    public async Task A_request_handled_in_time_closes_on_time()
    {
        platform.SetTime(GrievanceApi.At(2024, 9, 9, 10, 0));
        var id = (await platform.Receive()).Id;
        await platform.Assign(id, ProblemType.Simple, "qu-shichangjianguanju");
        platform.SetTime(GrievanceApi.At(2024, 9, 10, 10, 0));
        await platform.Report(id, GrievanceApi.At(2024, 9, 9, 11, 0));
        await platform.Evaluate(id, satisfied: true);

        var closing = await platform.Host.TrackAsync(() =>
            platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/closure", new CloseRequestBody(null)));
        closing.Published<CaseClosed>().OnTime.ShouldBe(true);
    }

    [Fact]
    public async Task Assigning_and_reporting_meet_the_deadlines_on_the_oversight_contract()
    {
        // Received Mon 2024-09-23 10:00 (assignment due within 1 working day), assigned the same day; a simple problem is due
        // Wed 2024-09-25 18:00 and is reported on Thu 2024-09-26: late.
        platform.SetTime(GrievanceApi.At(2024, 9, 23, 10, 0));
        var id = (await platform.Receive()).Id;
        platform.SetTime(GrievanceApi.At(2024, 9, 23, 11, 0));
        var assigning = await platform.Host.TrackAsync(() => platform.Assign(id, ProblemType.Simple, TestActors.MarketRegulator.DepartmentId!));
        var assignment = assigning.Published<DeadlineMet>();
        assignment.ShouldSatisfyAllConditions(
            () => assignment.Case.ShouldBe(Case(id, "区营商办")), () => assignment.Deadline.ShouldBe("Assignment"),
            () => assignment.MetAt.ShouldBe(GrievanceApi.At(2024, 9, 23, 11, 0)), () => assignment.OnTime.ShouldBeTrue());

        platform.SetTime(GrievanceApi.At(2024, 9, 26, 10, 0));
        var reporting = await platform.Host.TrackAsync(() => platform.Report(id, GrievanceApi.At(2024, 9, 26, 9, 0)));
        reporting.Published<DeadlineMet>().ShouldBe(new DeadlineMet(
            Case(id, "区市场监管局"), "Handling", GrievanceApi.At(2024, 9, 25, 18, 0), GrievanceApi.At(2024, 9, 26, 10, 0), false));
    }

    private static OversightCase Case(Guid id, string department) => new("Grievances", "grievance", id, TestActors.Enterprise.CreditCode, department);
}
