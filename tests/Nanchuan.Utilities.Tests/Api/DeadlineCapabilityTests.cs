using Alba;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Testing;
using Nanchuan.Utilities.Contracts;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Power;
using Wolverine.Tracking;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>A connection's deadline set, warned and overdue through the platform's deadline capability, seen by the oversight contract.</summary>
[Collection(UtilitiesCollection.Name)]
public sealed class DeadlineCapabilityTests(UtilitiesHost platform)
{
    [Fact]
    public async Task A_power_deadline_across_national_day_is_scheduled_warned_and_declared_overdue_by_the_platform()
    {
        // Low voltage residential accepted Tue 2025-09-30 10:00: 3 working days are Oct 9, Oct 10 and Sat Oct 11 (make-up workday).
        platform.SetTime(Time("2025-09-30 10:00"));
        IScenarioResult? accepted = null;
        var applied = await platform.Host.TrackAsync(async () => accepted = await platform.Post(TestActors.Enterprise, UtilitiesApi.Route + "/power-connections",
            new ApplyForPowerRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", PowerConnectionClass.LowVoltageResidential, "南川区东城街道工业园区8号", 10m, null, null), 201));
        var id = (await accepted!.ReadAsJsonAsync<PowerApplicationAcceptedResponse>()).Id;

        // The deadline travels inside the opening (ADR 0204).
        applied.MessagesPublished<DeadlineSet>().ShouldBeEmpty();
        var set = applied.MessagesPublished<CaseOpened>().ShouldHaveSingleItem().Deadline.ShouldNotBeNull();
        set.ShouldBe(new DeadlineSet(new OversightCase("Utilities", PowerDeadlines.Type, id, "91500119MA5U8XRB98", "国网南川供电公司"), "PowerOn", "3个工作日",
            Time("2025-09-30 10:00"), Time("2025-10-11 18:00"), Time("2025-10-10 18:00")));
        var timers = DeadlineTimers.ScheduledBy(applied);
        timers.Select(t => (t.Alarm, t.FireAt)).ShouldBe([(DeadlineAlarm.Warning, Time("2025-10-10 18:00")), (DeadlineAlarm.Overdue, Time("2025-10-11 18:00").AddSeconds(1))]);

        platform.SetTime(timers[0].FireAt);
        var warned = await platform.Host.InvokeMessageAndWaitAsync(timers[0]);
        warned.MessagesPublished<DeadlineWarned>().ShouldHaveSingleItem().ShouldBe(new DeadlineWarned(set.Case, "PowerOn", set.DueAt, timers[0].FireAt));

        platform.SetTime(timers[1].FireAt);
        var overdue = await platform.Host.InvokeMessageAndWaitAsync(timers[1]);
        overdue.MessagesPublished<DeadlineOverdue>().ShouldHaveSingleItem().ShouldBe(new DeadlineOverdue(set.Case, "PowerOn", set.DueAt, timers[1].FireAt));
        overdue.FindSingleTrackedMessageOfType<UtilityConnectionOverdue>().ConnectionId.ShouldBe(id);
        (await platform.EventCountAsync(id)).ShouldBe(3);
    }
}
