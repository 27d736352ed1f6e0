using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Incentives.Contracts;
using Nanchuan.Incentives.Payment;
using Nanchuan.Incentives.Performance;
using Nanchuan.Incentives.Worklists;
using static Nanchuan.Incentives.Tests.Api.IncentivesApi;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>应兑未兑: from the moment the linked commitment is recorded as fulfilled until paid, with days outstanding.</summary>
[Collection(IncentivesCollection.Name)]
public sealed class OutstandingTests(IncentivesHost platform)
{
    private async Task<IReadOnlyList<OutstandingItem>> Outstanding(Guid id, Actor? actor = null) =>
        [.. (await platform.Get(actor ?? ParkCommittee, Route + "/outstanding").Read<List<OutstandingItem>>()).Where(i => i.AgreementId == id)];

    [Fact]
    public async Task Recording_the_fulfilment_of_investment_of_100_million_makes_the_linked_subsidy_due_and_it_is_in_the_outstanding_list_until_paid()
    {
        var id = await platform.SignAsync("91500119MA5EF0B19H", "NCGYY-2025-201");
        (await Outstanding(id)).Select(i => i.Code).ShouldBe(["G2"]);

        platform.SetTime(Time("2025-11-20 10:00"));
        var fulfilled = await platform.Host.TrackAsync(() => platform.Post(ParkCommittee, $"{Route}/agreements/{id}/milestones/E1/fulfilment",
            new RecordFulfilmentBody(new DateOnly(2025, 11, 18), "固定资产投资专项审计报告：累计投资1.03亿元")));
        var payment = fulfilled.MessagesPublished<DeadlineSet>().ShouldHaveSingleItem();
        (payment.Deadline, payment.Limit, payment.DueAt).ShouldBe(("Payment:G1", "60日", Time("2026-01-20 00:00")));

        var g1 = (await Outstanding(id)).Single(i => i.Code == "G1");
        (g1.Amount, g1.Owed, g1.Status, g1.DueSince, g1.DaysOutstanding).ShouldBe((3_000_000m, 3_000_000m, IncentiveStatus.Due, Time("2025-11-20 10:00"), 0));
        (await Outstanding(id, Finance)).Select(i => (i.Code, i.DaysOutstanding)).ShouldBe([("G2", 255), ("G1", 0)]);

        platform.SetTime(Time("2025-12-05 09:00"));
        (await Outstanding(id)).Single(i => i.Code == "G1").DaysOutstanding.ShouldBe(15);
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/incentives/G1/review", new ReviewIncentiveBody(["工业园区管委会", "区经济信息委", "区财政局"], 3_000_000m, "符合协议约定"));
        await platform.Post(TestActors.BusinessOffice, $"{Route}/agreements/{id}/incentives/G1/decision", new DecideIncentiveBody(3_000_000m, "领导小组2025年第4次会议纪要"));
        await platform.Post(Finance, $"{Route}/agreements/{id}/incentives/G1/funds", new ScheduleFundsBody(3_000_000m, new DateOnly(2025, 12, 31)));
        (await Outstanding(id)).Single(i => i.Code == "G1").State.ShouldBe("应兑未兑（资金已调度，待兑付）");

        platform.SetTime(Time("2025-12-19 15:00"));
        var paid = await platform.Host.TrackAsync(() => platform.Post(Finance, $"{Route}/agreements/{id}/incentives/G1/payments",
            new RecordPaymentBody(3_000_000m, new DateOnly(2025, 12, 19), "南财支〔2025〕0937号")));
        paid.FindSingleTrackedMessageOfType<IncentiveHonoured>().ShouldBe(
            new IncentiveHonoured(id, "91500119MA5EF0B19H", "G1", 3_000_000m, Time("2025-11-20 10:00"), Time("2025-12-19 15:00")));
        (await Outstanding(id)).Select(i => i.Code).ShouldBe(["G2"]);
        var ledger = await platform.LedgersAsync(id, EnterpriseUser("91500119MA5EF0B19H"));
        ledger.Incentive("G1")!.Status.ShouldBe(IncentiveStatus.Paid);
        ledger.Milestone("E1")!.Evidence.ShouldBe("固定资产投资专项审计报告：累计投资1.03亿元");
    }

    [Fact]
    public async Task A_fulfilment_recorded_twice_is_409_bad_input_400_and_only_the_park_committee_records_it_and_reads_the_list()
    {
        var id = await platform.SignAsync("91500119MA5EF0B19H", "NCGYY-2025-202");
        platform.SetTime(Time("2025-06-16 10:00"));
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/milestones/E2/fulfilment", new RecordFulfilmentBody(new DateOnly(2025, 6, 16), "开工令及现场照片"));
        var before = await platform.EventCountAsync();
        (await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/milestones/E2/fulfilment", new RecordFulfilmentBody(new DateOnly(2025, 6, 16), "重复"), 409)
            .Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("已履约");
        (await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/milestones/E1/fulfilment", new RecordFulfilmentBody(new DateOnly(2025, 6, 17), null), 400)
            .Read<ValidationProblemDetails>()).Errors.Keys.Order().ShouldBe(["evidence", "fulfilledOn"]);
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/milestones/E9/fulfilment", new RecordFulfilmentBody(new DateOnly(2025, 6, 16), "无"), 404);
        await platform.Post(Economy, $"{Route}/agreements/{id}/milestones/E1/fulfilment", new RecordFulfilmentBody(new DateOnly(2025, 6, 16), "审计报告"), 403);
        (await platform.EventCountAsync()).ShouldBe(before);
        await platform.Get(Economy, Route + "/outstanding", 403);
        await platform.Get(EnterpriseUser("91500119MA5EF0B19H"), Route + "/outstanding", 403);
    }
}
