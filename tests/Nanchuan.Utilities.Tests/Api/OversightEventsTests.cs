using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Testing;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using Nanchuan.Utilities.Power;
using Nanchuan.Utilities.Supervising;
using Nanchuan.Utilities.Water;
using Wolverine.Tracking;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>A connection's opening, 督办 and closing as the oversight contract publishes them, with the module's own step.</summary>
[Collection(UtilitiesCollection.Name)]
public sealed class OversightEventsTests(UtilitiesHost platform)
{
    private const string CreditCode = "91500119MA5U8XRB98";

    [Fact]
    public async Task An_overdue_power_connection_is_opened_supervised_and_closed_late()
    {
        // Accepted Mon 2025-05-06 09:00, due Fri 2025-05-09 18:00 and missed (OverdueCases.Power).
        var opening = await platform.Host.TrackAsync(() => OverdueCases.Power(platform));
        var opened = opening.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<CaseOpened>().Distinct().ShouldHaveSingleItem();
        var id = opened.Case.CaseId;
        var @case = new OversightCase("Utilities", PowerDeadlines.Type, id, CreditCode, "国网南川供电公司");
        opened.ShouldBe(new CaseOpened(@case, "电力报装：重庆南川示例科技有限公司", Time("2025-05-06 09:00"), EnterpriseName: "重庆南川示例科技有限公司",
            Deadline: opened.Deadline));
        opened.Deadline.ShouldNotBeNull().Case.ShouldBe(@case);

        platform.SetTime(Time("2025-05-12 09:00"));
        var supervising = await platform.Host.TrackAsync(() =>
            platform.Post(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/power-connections/{id}/supervision-notice", new IssueSupervisionNoticeBody("请尽快接电")));
        supervising.MessagesPublished<SupervisionNoticeIssued>().ShouldHaveSingleItem()
            .ShouldBe(new SupervisionNoticeIssued(@case, "PowerOn", "请尽快接电", TestActors.BusinessOffice.Name, Time("2025-05-12 09:00")));

        platform.SetTime(Time("2025-05-13 10:00"));
        var closing = await platform.Host.TrackAsync(() =>
            platform.Post(UtilitiesApi.PowerCompany, $"{UtilitiesApi.Route}/power-connections/{id}/power-on", new StepAt(null)));
        closing.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().ShouldBe(new CaseClosed(@case, "已接电", false, Time("2025-05-13 10:00")));
    }

    [Fact]
    public async Task A_power_application_opens_carrying_its_limit_and_oversight_files_both_in_one_transaction_as_the_two_messages_were()
    {
        // ADR 0204: low voltage non-residential accepted Wed 2024-10-09 10:00, its 4 working days start with the opening.
        platform.SetTime(Time("2024-10-09 10:00"));
        PowerApplicationAcceptedResponse accepted = null!;
        var opening = await platform.Host.TrackAsync(async () => accepted = await platform.Post(TestActors.Enterprise, UtilitiesApi.Route + "/power-connections",
            new ApplyForPowerRequest(CreditCode, "重庆南川示例科技有限公司", PowerConnectionClass.LowVoltageNonResidential, "南川区东城街道工业园区9号", 50m, null, null), 201)
            .Read<PowerApplicationAcceptedResponse>());

        opening.MessagesPublished<DeadlineSet>().ShouldBeEmpty();
        var opened = opening.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        var set = opened.Deadline.ShouldNotBeNull();
        (set.Case, set.Deadline, set.StartedAt, set.DueAt).ShouldBe((opened.Case, "PowerOn", Time("2024-10-09 10:00"), accepted.DueAt!.Value));
        opened.MoreDeadlines.ShouldBeNull();
        var filed = await platform.FilingsAsync(accepted.Id);
        filed.Select(f => f.Type).ShouldBe(["oversight_case_opened", "oversight_deadline_set"]);
        filed.Select(f => f.Transaction).Distinct().ShouldHaveSingleItem();
        (await platform.OversightRowsAsync(accepted.Id)).ShouldBe(await platform.RowsFiledApartAsync(opened, set));
    }

    [Fact]
    public async Task A_water_connection_done_in_time_is_opened_and_closed_on_time()
    {
        var water = $"{UtilitiesApi.Route}/water-connections";
        platform.SetTime(Time("2024-03-01 09:00"));
        PayLastCommitmentResponse signed = null!;
        var opening = await platform.Host.TrackAsync(async () => signed = await platform.Post(TestActors.Enterprise, water,
            new SignPayLastCommitmentRequest(CreditCode, "重庆南川示例科技有限公司", WaterApplicationChannel.WeChatAccount, "南川区东城街道工业园区8号", true, null), 201)
            .Read<PayLastCommitmentResponse>());
        var @case = new OversightCase("Utilities", WaterDeadlines.Type, signed.Id, CreditCode, "南川区自来水公司");
        var opened = opening.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        opened.ShouldBe(new CaseOpened(@case, "供水报装：重庆南川示例科技有限公司", Time("2024-03-01 09:00"), EnterpriseName: "重庆南川示例科技有限公司",
            Deadline: new DeadlineSet(@case, "WaterConnection", "2个工作日", Time("2024-03-01 09:00"), signed.ConnectionDueAt, opened.Deadline?.WarningAt)));

        platform.SetTime(Time("2024-03-01 15:00"));
        await platform.Post(UtilitiesApi.WaterCompany, $"{water}/{signed.Id}/connection", new StepAt(null));
        await platform.Post(UtilitiesApi.WaterCompany, $"{water}/{signed.Id}/cost-list", SendCostListRequest.Example);
        platform.SetTime(Time("2024-04-28 10:00"));
        var closing = await platform.Host.TrackAsync(() =>
            platform.Post(UtilitiesApi.WaterCompany, $"{water}/{signed.Id}/payment", RecordPaymentRequest.Example));
        closing.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().ShouldBe(new CaseClosed(@case, "已履行承诺", true, Time("2024-04-28 10:00")));
    }
}
