using Nanchuan.Incentives.Amending;
using Nanchuan.Incentives.Tracking;
using Nanchuan.Incentives.Worklists;
using static Nanchuan.Incentives.Tests.Api.IncentivesApi;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>One-to-one tracking: the officer is reminded 30 days before each milestone, records guidance, sees the next reminders.</summary>
[Collection(IncentivesCollection.Name)]
public sealed class TrackingTests(IncentivesHost platform)
{
    [Fact]
    public async Task The_officer_is_reminded_30_days_before_each_milestone_by_durable_timers_and_a_moved_milestone_makes_the_old_reminder_stale()
    {
        var id = await platform.SignAsync("91500119MA5EF0A126", "NCGYY-2025-401");
        var assigned = await platform.Host.TrackAsync(() => platform.Post(ParkCommittee, $"{Route}/agreements/{id}/tracking-officer", new AssignOfficerBody(Officer.Id, Officer.Name)));
        var reminders = assigned.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<TrackingReminderDue>().Distinct().OrderBy(r => r.RemindAt).ToList();
        reminders.Select(r => (r.Code, r.RemindAt)).ShouldBe(
            [("E2", Time("2025-09-01 09:00")), ("E1", Time("2025-12-01 09:00")), ("E3", Time("2026-05-31 09:00"))]);

        var mine = (await platform.Get(Officer, Route + "/worklist").Read<Worklist>()).Tracking.Single(t => t.AgreementId == id);
        mine.Milestones.Select(m => (m.Code, m.RemindAt, m.Reminded)).ShouldBe(
            [("E2", Time("2025-09-01 09:00"), false), ("E1", Time("2025-12-01 09:00"), false), ("E3", Time("2026-05-31 09:00"), false)]);

        platform.SetTime(Time("2025-09-01 09:00"));
        await platform.Host.InvokeMessageAndWaitAsync(reminders[0]);
        (await platform.EventsAsync(id)).OfType<TrackingOfficerReminded>().Single().ShouldBe(
            new TrackingOfficerReminded(id, "E2", Officer.Id, new DateOnly(2025, 10, 1), Time("2025-09-01 09:00")));

        platform.SetTime(Time("2025-09-03 15:00"));
        await platform.Post(Officer, $"{Route}/agreements/{id}/guidance", new RecordGuidanceBody("E2", "上门督促企业办理施工许可，9月底前开工"));
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/guidance", new RecordGuidanceBody(null, "非专员"), 403);
        await platform.Post(Officer, $"{Route}/agreements/{id}/guidance", new RecordGuidanceBody("E9", " "), 400);
        var amended = await platform.Host.TrackAsync(() => platform.Post(ParkCommittee, $"{Route}/agreements/{id}/amendments", new AmendAgreementBody("补充协议：投资期限延至2026年2月27日",
            [new("E1", MilestoneKind.Investment, "固定资产投资不低于1亿元", 100_000_000m, new DateOnly(2026, 2, 27))], [], [])));
        amended.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<TrackingReminderDue>().Distinct().Single().RemindAt.ShouldBe(Time("2026-01-28 09:00"));

        platform.SetTime(Time("2025-12-01 09:00"));
        await platform.Host.InvokeMessageAndWaitAsync(reminders[1]);
        (await platform.EventsAsync(id)).OfType<TrackingOfficerReminded>().Count().ShouldBe(1);
        var after = (await platform.Get(Officer, Route + "/worklist").Read<Worklist>()).Tracking.Single(t => t.AgreementId == id);
        after.Milestones.Select(m => (m.Code, m.Reminded)).ShouldBe([("E2", true), ("E1", false), ("E3", false)]);
        after.Guidance.Single().Text.ShouldBe("上门督促企业办理施工许可，9月底前开工");
    }

    [Fact]
    public async Task An_enterprise_sees_its_own_agreements_with_both_ledgers_and_other_departments_have_no_worklist()
    {
        var id = await platform.SignAsync("91500119MA5EF0A55K", "NCGYY-2025-402");
        var own = (await platform.Get(EnterpriseUser("91500119MA5EF0A55K"), Route + "/worklist").Read<Worklist>()).Agreements.Single(a => a.Id == id);
        own.Incentive("G2")!.ShouldSatisfyAllConditions(g => g.Owed.ShouldBe(1_200_000m), g => g.PaymentDueAt.ShouldBe(Time("2025-05-10 00:00")));
        own.Milestones.Count.ShouldBe(3);
        (await platform.Get(EnterpriseUser("91500119MA5EF0A63E"), Route + "/worklist").Read<Worklist>()).Agreements.ShouldAllBe(a => a.CreditCode == "91500119MA5EF0A63E");
        await platform.Get(Economy, Route + "/worklist", 403);
        await platform.Post(Economy, $"{Route}/agreements/{id}/tracking-officer", new AssignOfficerBody(Officer.Id, Officer.Name), 403);
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/tracking-officer", new AssignOfficerBody(null, " "), 400);
    }
}
