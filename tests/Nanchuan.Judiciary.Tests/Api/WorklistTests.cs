using Nanchuan.Judiciary.Pausing;
using Nanchuan.Judiciary.Worklists;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>Worklists on a database of their own: the centre's unassigned and overdue cases, a unit's mediations with days left.</summary>
public sealed class WorklistTests(JudiciaryHost platform) : IClassFixture<JudiciaryHost>
{
    [Fact]
    public async Task The_centre_sees_unassigned_and_overdue_cases_and_a_unit_its_mediations_with_the_working_days_left()
    {
        platform.SetTime(Time("2026-09-23 10:00"));
        var overdue = await platform.AssignedAsync(Codes[0], Street, workingDays: 3);
        var running = await platform.AssignedAsync(Codes[1], Street);
        var paused = await platform.AssignedAsync(Codes[2], Street);
        var waiting = await platform.FileAsync(Codes[3]);
        await platform.Post(Court, $"{Cases}/{waiting}/referral", new Referral.ReferToCentreBody("请交办"));
        var notReferred = await platform.FileAsync(Codes[4]);

        platform.SetTime(Time("2026-09-28 09:00"));
        await platform.Post(Street, $"{Cases}/{paused}/mediation/pause", new PauseMediationBody("当事人申请暂缓"));
        platform.SetTime(Time("2026-09-29 18:00").AddSeconds(1));
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue("dispute", overdue, "Mediation", Time("2026-09-29 18:00")));

        // Wed 30 Sep 08:30: the 15-day limit (due 21 Oct 18:00) has 30 Sep, 8–9 Oct, 10 Oct, 12–16 Oct, 19–21 Oct left = 12 days.
        platform.SetTime(Time("2026-09-30 08:30"));
        var centre = await platform.Get(Centre, $"{Route}/worklist").Read<Worklist>();
        centre.Unassigned.Select(c => c.Id).ShouldBe([waiting]);
        centre.Overdue.Select(m => m.Id).ShouldBe([overdue]);

        var unit = await platform.Get(Street, $"{Route}/worklist").Read<Worklist>();
        unit.Mediations.Select(m => (m.Id, m.WorkingDaysLeft, m.Paused, m.Overdue)).ShouldBe(
        [
            (overdue, 0m, false, true),
            (running, 12m, false, false),
            (paused, 13.95m, true, false), // frozen at Mon 28 Sep 09:00: 9 of 9.5 business hours that day + 13 whole days
        ]);
        (await platform.Get(Market, $"{Route}/worklist").Read<Worklist>()).Mediations.ShouldBeEmpty();
        (await platform.Get(Court, $"{Route}/worklist").Read<Worklist>()).Cases.Select(c => c.Id).ShouldBe([notReferred]);
        (await platform.Get(EnterpriseUser(Codes[1]), $"{Route}/worklist").Read<Worklist>()).Cases.Select(c => (c.Id, c.Status))
            .ShouldBe([(running, DisputeStatus.Mediating)]);
        await platform.Get(TestActors.BusinessOffice, $"{Route}/worklist", 403);
    }
}
