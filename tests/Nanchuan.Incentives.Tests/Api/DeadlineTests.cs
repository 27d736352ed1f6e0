using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Incentives.Payment;
using Nanchuan.Incentives.Performance;
using Nanchuan.Incentives.Signing;
using Nanchuan.Incentives.Tracking;
using Nanchuan.Incentives.Worklists;
using static Nanchuan.Incentives.Tests.Api.IncentivesApi;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>Both sides' deadlines on the platform capability: a missed milestone is at risk, an unpaid item overdue; the case closes when both kept every promise.</summary>
[Collection(IncentivesCollection.Name)]
public sealed class DeadlineTests(IncentivesHost platform)
{
    private const string CaseType = "investment-agreement";

    [Fact]
    public async Task A_missed_milestone_is_at_risk_in_the_park_committees_list_until_fulfilled_late_and_an_unpaid_item_goes_overdue()
    {
        var id = await platform.SignAsync("91500119MA5EF0A201", "NCGYY-2025-501");
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/tracking-officer", new AssignOfficerBody(Officer.Id, Officer.Name));
        var @case = new OversightCase("Incentives", CaseType, id, "91500119MA5EF0A201", ParkCommitteeName);

        // E2 (construction start by 2025-10-01, inside the National Day holiday Oct 1–8) runs to the end of Thu Oct 9; its timers are delivered on the test clock.
        platform.SetTime(Time("2025-10-09 00:00"));
        var warned = await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Warning(CaseType, id, "Milestone:E2", Time("2025-10-10 00:00"), Time("2025-10-09 00:00")));
        warned.MessagesPublished<DeadlineWarned>().ShouldHaveSingleItem().Case.ShouldBe(@case);
        platform.SetTime(Time("2025-10-10 00:00").AddSeconds(1));
        var missed = await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue(CaseType, id, "Milestone:E2", Time("2025-10-10 00:00")));
        missed.MessagesPublished<DeadlineOverdue>().ShouldHaveSingleItem().Deadline.ShouldBe("Milestone:E2");

        var atRisk = (await platform.Get(TestActors.BusinessOffice, Route + "/milestones-at-risk").Read<List<MilestoneAtRisk>>()).Single(m => m.AgreementId == id);
        (atRisk.Code, atRisk.DueDate, atRisk.Officer).ShouldBe(("E2", new DateOnly(2025, 10, 1), Officer.Name));
        (await platform.LedgersAsync(id)).Milestone("E2")!.Status.ShouldBe(MilestoneStatus.AtRisk);

        platform.SetTime(Time("2025-10-20 10:00"));
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/milestones/E2/fulfilment", new RecordFulfilmentBody(new DateOnly(2025, 10, 17), "开工令"));
        (await platform.Get(ParkCommittee, Route + "/milestones-at-risk").Read<List<MilestoneAtRisk>>()).ShouldNotContain(m => m.AgreementId == id);

        // G2 fell due at signing (Mon 2025-03-10 10:00): 60 calendar days end on May 9 at 24:00.
        platform.SetTime(Time("2025-05-10 00:00").AddSeconds(1));
        var overdue = await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue(CaseType, id, "Payment:G2", Time("2025-05-10 00:00")));
        overdue.MessagesPublished<DeadlineOverdue>().ShouldHaveSingleItem().Case.ShouldBe(@case);
        platform.SetTime(Time("2025-10-20 10:00"));
        (await platform.Get(ParkCommittee, Route + "/outstanding").Read<List<OutstandingItem>>()).Single(i => i.AgreementId == id && i.Code == "G2").PaymentOverdue.ShouldBeTrue();
        (await platform.EventsAsync(id)).Select(e => e.GetType().Name).ShouldBe(["AgreementSigned", "IncentiveFellDue", "AgreementTrackingOfficerAssigned",
            "MilestoneDeadlineWarned", "MilestoneMissed", "MilestoneFulfilled", "IncentivePaymentOverdue"]);
    }

    [Fact]
    public async Task When_both_sides_kept_every_promise_the_case_is_closed()
    {
        platform.SetTime(Time("2025-03-10 10:00"));
        var request = new RecordAgreementRequest("NCGYY-2025-502", "91500119MA5EF0A47Q", "重庆南川守信示例有限公司", "智能装备厂房", new DateOnly(2025, 3, 10),
            [new("E1", MilestoneKind.Tax, "年度纳税不低于500万元", 5_000_000m, new DateOnly(2025, 12, 31))],
            [new("G1", IncentiveKind.Rebate, IncentiveBasis.Agreement, null, "税收地方留成部分奖励", "年度纳税达到500万元", "E1", 250_000m)]);
        var id = (await platform.Post(ParkCommittee, Route + "/agreements", request, 201).Read<AgreementRecordedResponse>()).Id;
        platform.SetTime(Time("2025-12-15 10:00"));
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/milestones/E1/fulfilment", new RecordFulfilmentBody(new DateOnly(2025, 12, 12), "完税证明"));
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/incentives/G1/review", new ReviewIncentiveBody(["区税务局", "区财政局"], 250_000m, "属实"));
        await platform.Post(TestActors.BusinessOffice, $"{Route}/agreements/{id}/incentives/G1/decision", new DecideIncentiveBody(250_000m, "领导小组会议纪要"));
        await platform.Post(Finance, $"{Route}/agreements/{id}/incentives/G1/funds", new ScheduleFundsBody(250_000m, new DateOnly(2025, 12, 31)));
        var paid = await platform.Host.TrackAsync(() =>
            platform.Post(Finance, $"{Route}/agreements/{id}/incentives/G1/payments", new RecordPaymentBody(250_000m, new DateOnly(2025, 12, 15), "V-502")));
        paid.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().ShouldBe(
            new CaseClosed(new OversightCase("Incentives", CaseType, id, "91500119MA5EF0A47Q", ParkCommitteeName), "双兑现完成", true, Time("2025-12-15 10:00")));
        (await platform.LedgersAsync(id)).Honoured.ShouldBeTrue();
    }
}
