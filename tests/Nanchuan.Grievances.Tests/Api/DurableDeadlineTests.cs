using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Grievances.Domain;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Platform rule 4: deadline timers are scheduled durably and fire even when the node that set them is gone.</summary>
public sealed class DurableDeadlineTests
{
    [Fact]
    public async Task A_warning_scheduled_before_a_restart_fires_after_it()
    {
        // Thu 2024-05-09 17:59:55: assignment due Fri 18:00, its warning 1 working day before — 5 seconds from now.
        var firstNode = new GrievancesHost();
        firstNode.SetTime(GrievanceApi.At(2024, 5, 9, 17, 59).AddSeconds(55));
        await firstNode.InitializeAsync();
        var received = await firstNode.Receive();
        received.AssignmentDueAt.ShouldBe(GrievanceApi.At(2024, 5, 10, 18, 0));
        await firstNode.DisposeAsync();

        await using var restarted = await firstNode.RestartAsync(GrievanceApi.At(2024, 5, 9, 18, 1));
        var fired = await restarted.WaitForExecutionAsync<DeadlineTimerFired>();

        var timer = fired.FindSingleTrackedMessageOfType<DeadlineTimerFired>();
        (timer.CaseId, timer.Deadline, timer.Alarm).ShouldBe((received.Id, "Assignment", DeadlineAlarm.Warning));
        var warned = (await restarted.LoadAsync<Grievance>(received.Id)).ShouldNotBeNull();
        warned.IsAssignmentDeadlineWarned.ShouldBeTrue();
        warned.IsAssignmentOverdue.ShouldBeFalse();
        warned.Status.ShouldBe(GrievanceStatus.Received);
    }
}
