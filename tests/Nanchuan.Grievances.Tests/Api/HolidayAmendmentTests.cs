using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Domain;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Its own platform: loading a holiday schedule changes the calendar every other scenario relies on.</summary>
[CollectionDefinition(Name)]
public sealed class CalendarChangeCollection : ICollectionFixture<GrievancesHost>
{
    public const string Name = "grievances-calendar-change";
}

/// <summary>Platform rule 3: loading or amending a year's schedule moves the open deadlines it touches, each with an event saying why.</summary>
[Collection(CalendarChangeCollection.Name)]
public sealed class HolidayAmendmentTests(GrievancesHost platform)
{
    [Fact]
    public async Task Loading_a_new_years_holidays_moves_the_open_deadlines_that_span_them()
    {
        // 2030 has no schedule yet: weekdays count as working days, so Tue Apr 30 + 1 → Wed May 1.
        platform.SetTime(GrievanceApi.At(2030, 4, 30, 10, 0));
        var waiting = await platform.Receive();
        waiting.AssignmentDueAt.ShouldBe(GrievanceApi.At(2030, 5, 1, 18, 0));
        var handling = await platform.Receive();
        var assigned = await platform.Assign(handling.Id, ProblemType.Simple);
        assigned.HandlingDueAt.ShouldBe(GrievanceApi.At(2030, 5, 2, 18, 0));

        var schedule = new LoadHolidaySchedule("国务院办公厅关于2030年部分节假日安排的通知（测试）",
            [new HolidayPeriod("劳动节", new DateOnly(2030, 5, 1), new DateOnly(2030, 5, 5))], [], 0);
        var tracked = await platform.Host.TrackAsync(() => platform.Host.Scenario(s =>
        {
            s.Put.Json(schedule).ToUrl("/api/calendar/years/2030");
            s.As(platform, TestActors.Admin);
        }));

        var moved = await platform.Details(waiting.Id);
        moved.AssignmentDueAt.ShouldBe(GrievanceApi.At(2030, 5, 6, 18, 0));
        var movedHandling = await platform.Details(handling.Id);
        movedHandling.Rounds.Single().DueAt.ShouldBe(GrievanceApi.At(2030, 5, 7, 18, 0));

        var history = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{waiting.Id}").Read<StreamHistory>();
        var recomputed = history.Events.Last();
        recomputed.EventType.ShouldBe("deadline_recomputed");
        recomputed.Summary.ShouldContain("2030年节假日安排载入");
        recomputed.Summary.ShouldContain("2030-05-06 18:00");

        // The moved deadlines are watched afresh; the timers set for the old times will find themselves stale.
        var rescheduled = DeadlineTimers.ScheduledBy(tracked);
        rescheduled.ShouldContain(t => t.CaseId == waiting.Id && t.Deadline == "Assignment" && t.Alarm == DeadlineAlarm.Overdue && t.DueAt == GrievanceApi.At(2030, 5, 6, 18, 0));
        rescheduled.ShouldContain(t => t.CaseId == handling.Id && t.Deadline == "Handling" && t.Alarm == DeadlineAlarm.Overdue && t.DueAt == GrievanceApi.At(2030, 5, 7, 18, 0));
        // Every module's deadlines go through the one recompute path, and the oversight contract says what moved and why.
        var oversight = tracked.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<BuildingBlocks.Oversight.DeadlineRecomputed>().Distinct().ToList();
        oversight.ShouldContain(e => e.Case.CaseId == waiting.Id && e.Case.Module == "Grievances" && e.Case.Department == "区营商办"
                                     && e.PreviousDueAt == GrievanceApi.At(2030, 5, 1, 18, 0) && e.DueAt == GrievanceApi.At(2030, 5, 6, 18, 0)
                                     && e.Reason.Contains("2030年节假日安排载入"));
    }

    [Fact]
    public async Task A_timer_for_a_deadline_in_the_past_fires_at_once_and_publishes_the_overdue()
    {
        // A call the BusinessOffice enters the next day (ADR 0033: up to 3 days late), its assignment deadline already passed.
        platform.SetTime(GrievanceApi.At(2029, 3, 21, 10, 0));
        var call = GrievanceApi.PlatformRequest(receivedAt: GrievanceApi.At(2029, 3, 19, 9, 0)) with { Channel = Domain.IntakeChannel.Phone };
        var tracked = await platform.Host.TrackAsync(() => platform.Receive(call, TestActors.BusinessOffice));

        tracked.Published<Contracts.EnterpriseRequestOverdue>().Stage.ShouldBe(Contracts.OverdueStage.Assignment);
        var list = await platform.Get(TestActors.BusinessOffice, GrievanceApi.Route).Read<List<Reading.GrievanceListItem>>();
        list.ShouldContain(item => item.Overdue && item.ReceivedAt == GrievanceApi.At(2029, 3, 19, 9, 0));
    }
}
