using Nanchuan.BuildingBlocks.Oversight;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>The watched deadlines: the award after registration and the approval, warned and overdue on the real 2025 calendar.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class DeadlineTests(ProcurementHost platform)
{
    [Fact]
    public async Task The_award_deadline_after_registration_over_the_May_Day_holiday_is_warned_a_working_day_before_and_then_overdue()
    {
        // Tue 2025-04-29: registration to Fri 2025-05-09 18:00 (May 1–5 off), the award due Fri 2025-05-16 18:00.
        platform.SetTime(Time("2025-04-29 09:00"));
        Guid id = default;
        var tracked = await platform.Host.TrackAsync(async () => id = (await platform.PublishAsync(Project(500_000m))).Id);
        var timers = DeadlineTimers.ScheduledBy(tracked).Where(t => t.CaseId == id).ToList();
        timers.Select(t => t.FireAt).ShouldBe([Time("2025-05-15 18:00"), DeadlineTimers.Overdue("works-project", id, "Award", Time("2025-05-16 18:00")).FireAt]);

        var events = await platform.FireScheduledTimersAsync(tracked, id);
        events.OfType<ProjectDeadlineWarned>().ShouldHaveSingleItem().DueAt.ShouldBe(Time("2025-05-16 18:00"));
        events.OfType<ProjectDeadlineOverdue>().ShouldHaveSingleItem().Deadline.ShouldBe("Award");
        (await platform.ProjectAsync(id))!.Deadline!.Overdue.ShouldBeTrue();
    }

    [Fact]
    public async Task An_approval_deadline_met_before_it_falls_due_fires_nothing()
    {
        platform.SetTime(Time("2025-04-08 10:00"));
        Guid id = default;
        var tracked = await platform.Host.TrackAsync(async () => id = (await platform.PublishAsync(DirectAward(100_000m))).Id);
        tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem().Deadline.ShouldNotBeNull().Case.Department.ShouldBe(Agriculture);
        await platform.Post(AgricultureDesk, Route + $"/projects/{id}/justification-decision", new Approval.DecideJustificationBody(true, "同意"));
        var events = await platform.FireScheduledTimersAsync(tracked, id);
        events.OfType<ProjectDeadlineWarned>().ShouldBeEmpty();
        events.OfType<ProjectDeadlineOverdue>().ShouldBeEmpty();
    }
}
