using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Testing;
using Nanchuan.Utilities.Access;
using Nanchuan.Utilities.Contracts;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Deadlines;
using Nanchuan.Utilities.Domain.Water;
using Nanchuan.Utilities.Power;
using Nanchuan.Utilities.Water;
using Wolverine.Tracking;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

[Collection(UtilitiesCollection.Name)]
public sealed class WaterConnectionTests(UtilitiesHost platform)
{
    private const string Route = UtilitiesApi.Route + "/water-connections";

    private static readonly CostItem[] Costs = [new("水表及表箱", "套", 1, 680m, 680m), new("PE给水管 DN50", "米", 24, 45.5m, 1092m)];

    private async Task<PayLastCommitmentResponse> Signed(DateTimeOffset signedAt, Actor? applicant = null)
    {
        var enterprise = applicant ?? TestActors.Enterprise;
        platform.SetTime(signedAt);
        return await platform.Post(enterprise, Route,
            new SignPayLastCommitmentRequest(enterprise.CreditCode!, enterprise.Name, WaterApplicationChannel.WeChatAccount, "南川区东城街道工业园区8号", true, null), 201)
            .Read<PayLastCommitmentResponse>();
    }

    private async Task<Guid> ConnectedAndBilled(DateTimeOffset signedAt, DateTimeOffset connectedAt, DateTimeOffset receivedAt, Actor? applicant = null)
    {
        var signed = await Signed(signedAt, applicant);
        platform.SetTime(receivedAt);
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{signed.Id}/connection", new StepAt(connectedAt));
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{signed.Id}/cost-list", new SendCostListRequest(Costs, receivedAt));
        return signed.Id;
    }

    [Fact]
    public async Task The_letter_is_followed_by_connection_within_2_working_days_skipping_Qingming_2024()
    {
        platform.SetTime(Time("2024-04-03 11:00"));
        var signed = await platform.Post(TestActors.WindowClerk, Route,
            new SignPayLastCommitmentRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", WaterApplicationChannel.GovernmentWindow, "南川区东城街道工业园区8号", true, null), 201)
            .Read<PayLastCommitmentResponse>();
        signed.ConnectionDueAt.ShouldBe(Time("2024-04-08 18:00"));

        platform.SetTime(Time("2024-04-08 19:00"));
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{signed.Id}/connection", new StepAt(Time("2024-04-08 17:00")));
        var details = await platform.Get(TestActors.Enterprise, $"{Route}/{signed.Id}").Read<WaterConnectionDetails>();
        details.ConnectedWithinLimit.ShouldBe(true);
        details.Status.ShouldBe(WaterConnectionStatus.Connected);
    }

    [Fact]
    public async Task Spec_example_a_bill_received_on_2024_03_01_is_overdue_from_2024_05_01_visible_to_the_company_and_the_BusinessOffice()
    {
        var id = await ConnectedAndBilled(Time("2024-02-26 09:00"), Time("2024-02-27 15:00"), Time("2024-03-01 15:00"));
        var billed = await platform.Get(UtilitiesApi.WaterCompany, $"{Route}/{id}").Read<WaterConnectionDetails>();
        billed.Total.ShouldBe(1772m);
        billed.PaymentDueAt.ShouldBe(Time("2024-05-01 00:00"));
        billed.ConnectedWithinLimit.ShouldBe(true);

        // At 24:00 of the 60th day (2024-05-01 00:00) the payment is still on time: the check waits; from the next second it is overdue.
        var check = ConnectionTimers.Overdue(id, UtilityDeadline.WaterPayment, billed.PaymentDueAt!.Value);
        platform.SetTime(Time("2024-05-01 00:00"));
        var before = await platform.EventCountAsync(id);
        await platform.Host.InvokeMessageAndWaitAsync(check with { FireAt = billed.PaymentDueAt.Value });
        (await platform.EventCountAsync(id)).ShouldBe(before);

        platform.SetTime(check.FireAt);
        var tracked = await platform.Host.InvokeMessageAndWaitAsync(check);
        tracked.FindSingleTrackedMessageOfType<UtilityConnectionOverdue>().Deadline.ShouldBe("WaterPayment");

        (await platform.Get(UtilitiesApi.WaterCompany, $"{Route}?overdueOnly=true").Read<List<WaterConnectionDetails>>()).ShouldContain(c => c.Id == id);
        await platform.Get(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/power-connections/{id}", 404); // a water stream is no power connection
        (await platform.Get(TestActors.BusinessOffice, $"{Route}?overdueOnly=true").Read<List<WaterConnectionDetails>>()).ShouldContain(c => c.Id == id);

        platform.SetTime(Time("2024-05-06 10:00"));
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{id}/payment", new RecordPaymentRequest(1772m, null));
        var paid = await platform.Get(TestActors.Enterprise, $"{Route}/{id}").Read<WaterConnectionDetails>();
        paid.PaidWithinLimit.ShouldBe(false);
        paid.PaymentOverdue.ShouldBeFalse();
        paid.Status.ShouldBe(WaterConnectionStatus.Fulfilled);
    }

    [Fact]
    public async Task Overdue_only_filters_before_the_limit_so_an_overdue_payment_behind_newer_connections_is_listed()
    {
        var applicant = UtilitiesApi.ListedEnterprise;
        var late = await ConnectedAndBilled(Time("2025-07-01 10:00"), Time("2025-07-02 10:00"), Time("2025-07-03 15:00"), applicant);
        var dueAt = (await platform.Get(applicant, $"{Route}/{late}").Read<WaterConnectionDetails>()).PaymentDueAt!.Value;
        var check = ConnectionTimers.Overdue(late, UtilityDeadline.WaterPayment, dueAt);
        platform.SetTime(check.FireAt);
        await platform.Host.InvokeMessageAndWaitAsync(check);
        await Signed(Time("2025-09-08 10:00"), applicant);
        var newest = await Signed(Time("2025-09-09 10:00"), applicant);

        var overdue = await platform.Get(applicant, $"{Route}?overdueOnly=true&limit=1").Read<List<WaterConnectionDetails>>();
        overdue.ShouldHaveSingleItem().Id.ShouldBe(late);
        overdue[0].PaymentOverdue.ShouldBeTrue();
        (await platform.Get(applicant, $"{Route}?outstandingOnly=true&limit=1").Read<List<WaterConnectionDetails>>()).ShouldHaveSingleItem().Id.ShouldBe(late);
        (await platform.Get(applicant, $"{Route}?limit=1").Read<List<WaterConnectionDetails>>()).ShouldHaveSingleItem().Id.ShouldBe(newest.Id);
    }

    [Fact]
    public async Task Payment_on_the_60th_day_is_on_time()
    {
        var id = await ConnectedAndBilled(Time("2024-02-26 09:00"), Time("2024-02-28 10:00"), Time("2024-03-01 15:00"));
        platform.SetTime(Time("2024-04-30 23:00"));
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{id}/payment", new RecordPaymentRequest(1772m, null));
        (await platform.Get(TestActors.Enterprise, $"{Route}/{id}").Read<WaterConnectionDetails>()).PaidWithinLimit.ShouldBe(true);
    }

    [Fact]
    public async Task Without_the_signed_letter_or_with_a_wrong_cost_line_or_amount_nothing_is_written()
    {
        platform.SetTime(Time("2024-06-03 10:00"));
        var before = await platform.EventCountAsync();
        var refused = await platform.Post(TestActors.Enterprise, Route,
            new SignPayLastCommitmentRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", WaterApplicationChannel.BusinessHall, "", false, null), 400);
        var text = await refused.ReadAsTextAsync();
        text.ShouldContain("commitmentLetterSigned");
        text.ShouldContain("siteAddress");
        (await platform.EventCountAsync()).ShouldBe(before);

        var id = await ConnectedAndBilled(Time("2024-06-03 10:00"), Time("2024-06-04 10:00"), Time("2024-06-05 10:00"));
        var afterBilling = await platform.EventCountAsync();
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{id}/payment", new RecordPaymentRequest(1000m, null), 400);
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{id}/cost-list", new SendCostListRequest(Costs, null), 409); // already sent
        (await platform.EventCountAsync()).ShouldBe(afterBilling);

        platform.SetTime(Time("2024-06-10 10:00"));
        var signed = await platform.Post(TestActors.Enterprise, Route,
            new SignPayLastCommitmentRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", WaterApplicationChannel.YuKuaiBan, "南川区东城街道工业园区9号", true, null), 201)
            .Read<PayLastCommitmentResponse>();
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{signed.Id}/connection", new StepAt(null));
        var wrongLine = await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{signed.Id}/cost-list",
            new SendCostListRequest([new CostItem("水表及表箱", "套", 2, 680m, 680m)], null), 400);
        (await wrongLine.ReadAsTextAsync()).ShouldContain("items[0].amount");
    }

    [Fact]
    public async Task Only_the_water_company_records_its_steps()
    {
        platform.SetTime(Time("2024-07-01 10:00"));
        var signed = await platform.Post(TestActors.Enterprise, Route,
            new SignPayLastCommitmentRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", WaterApplicationChannel.JointUtilityWindow, "南川区东城街道工业园区8号", true, null), 201)
            .Read<PayLastCommitmentResponse>();
        await platform.Post(UtilitiesApi.PowerCompany, $"{Route}/{signed.Id}/connection", new StepAt(null), 403);
        await platform.Post(TestActors.Enterprise, $"{Route}/{signed.Id}/connection", new StepAt(null), 403);
        await platform.Get(UtilitiesApi.OtherEnterprise, $"{Route}/{signed.Id}", 403);
        await platform.Get(UtilitiesApi.PowerCompany, $"{Route}/{signed.Id}", 403);
    }
}
