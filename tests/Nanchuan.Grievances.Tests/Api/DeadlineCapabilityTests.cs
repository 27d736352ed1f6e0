using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Intake;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>A request's deadlines set and declared overdue through the platform's deadline capability, seen by the oversight contract.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class DeadlineCapabilityTests(GrievancesHost platform)
{
    [Fact]
    public async Task The_assignment_deadline_across_national_day_fires_through_the_platform_and_reaches_the_oversight_view()
    {
        // Received Tue 2025-09-30 19:00, after closing: 1 working day ends Thu Oct 9 18:00 (Oct 1–8 off). A working day before would be
        // Sep 30 18:00, before the request came in: no warning is scheduled.
        platform.SetTime(GrievanceApi.At(2025, 9, 30, 19, 0));
        GrievanceReceivedResponse received = null!;
        var tracked = await platform.Host.TrackAsync(async () => received = await platform.Receive());

        var set = tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem().Deadline.ShouldNotBeNull();
        set.ShouldBe(new DeadlineSet(new OversightCase("Grievances", GrievanceDeadlines.Type, received.Id, TestActors.Enterprise.CreditCode, "区营商办"),
            "Assignment", "1个工作日", GrievanceApi.At(2025, 9, 30, 19, 0), GrievanceApi.At(2025, 10, 9, 18, 0), null));
        var timer = DeadlineTimers.ScheduledBy(tracked).ShouldHaveSingleItem();
        timer.Alarm.ShouldBe(DeadlineAlarm.Overdue);

        platform.SetTime(timer.FireAt);
        var fired = await platform.Host.InvokeMessageAndWaitAsync(timer);
        fired.MessagesPublished<DeadlineOverdue>().ShouldHaveSingleItem().ShouldBe(new DeadlineOverdue(set.Case, "Assignment", set.DueAt, timer.FireAt));
        fired.FindSingleTrackedMessageOfType<EnterpriseRequestOverdue>().Stage.ShouldBe(OverdueStage.Assignment);
    }
}
