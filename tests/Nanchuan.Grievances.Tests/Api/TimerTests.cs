using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Supervising;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>What the timers record when they fire, what they leave alone when stale, and the supervision notice they open the way to.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class TimerTests(GrievancesHost platform)
{
    [Fact]
    public async Task A_missed_handling_deadline_is_declared_overdue_published_and_can_be_supervised()
    {
        // Assigned on Mon 2024-09-02: a simple problem due Wed 2024-09-04 18:00; the clock then stands on Thu 2024-09-05.
        platform.SetTime(GrievanceApi.At(2024, 9, 2, 10, 0));
        var id = (await platform.Receive()).Id;
        await platform.Assign(id, ProblemType.Simple, TestActors.MarketRegulator.DepartmentId!);
        await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/supervision-notice", new IssueSupervisionNoticeBody("请尽快办理"), 409);

        platform.SetTime(GrievanceApi.At(2024, 9, 5, 9, 0));
        var tracked = await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue(GrievanceDeadlines.Type, id, "Handling", GrievanceApi.At(2024, 9, 4, 18, 0)));

        var overdue = tracked.Published<EnterpriseRequestOverdue>();
        overdue.Stage.ShouldBe(OverdueStage.Handling);
        overdue.HandlingUnitName.ShouldBe("区市场监管局");
        (await platform.Details(id)).Rounds.Single().Overdue.ShouldBeTrue();

        await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/supervision-notice", IssueSupervisionNoticeBody.Example);
        (await platform.Details(id)).Rounds.Single().SupervisionNotices.ShouldBe(1);
    }

    [Fact]
    public async Task A_timer_for_a_step_already_done_records_nothing()
    {
        platform.SetTime(GrievanceApi.At(2024, 9, 9, 10, 0));
        var received = await platform.Receive();
        await platform.Assign(received.Id);

        platform.SetTime(GrievanceApi.At(2024, 9, 11, 9, 0));
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue(GrievanceDeadlines.Type, received.Id, "Assignment", received.AssignmentDueAt));

        var history = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{received.Id}").Read<StreamHistory>();
        history.Events.Select(e => e.EventType).ShouldBe(["grievance_received", "grievance_assigned_v2"]);
        history.Events[0].Actor.Role.ShouldBe("Enterprise");
        history.Events[0].Summary.ShouldStartWith("收到平台诉求");
    }
}
