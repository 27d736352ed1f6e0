using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Testing;
using Nanchuan.Utilities.Access;
using Nanchuan.Utilities.Domain.Deadlines;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Gas;
using Nanchuan.Utilities.Power;
using Nanchuan.Utilities.Supervising;
using Nanchuan.Utilities.Water;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>督办 (platform rule 4): overdue connections can be escalated by the BusinessOffice with a supervision notice.</summary>
[Collection(UtilitiesCollection.Name)]
public sealed class SupervisionNoticeTests(UtilitiesHost platform)
{
    private const string Power = UtilitiesApi.Route + "/power-connections";

    [Fact]
    public async Task Only_an_overdue_connection_is_supervised_only_by_the_BusinessOffice_and_a_notice_without_text_writes_nothing()
    {
        platform.SetTime(Time("2025-06-09 10:00"));
        var onTime = await platform.Post(TestActors.Enterprise, Power,
            new ApplyForPowerRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", PowerConnectionClass.LowVoltageNonResidential, "南川区东城街道工业园区8号", 80m, null, null), 201)
            .Read<PowerApplicationAcceptedResponse>();
        var before = await platform.EventCountAsync();
        var notOverdue = await platform.Post(TestActors.BusinessOffice, $"{Power}/{onTime.Id}/supervision-notice", IssueSupervisionNoticeBody.Example, 409);
        (await notOverdue.ReadAsTextAsync()).ShouldContain("已受理");

        var overdue = await OverdueCases.Power(platform);
        var afterOverdue = await platform.EventCountAsync();
        await platform.Post(UtilitiesApi.PowerCompany, $"{Power}/{overdue}/supervision-notice", IssueSupervisionNoticeBody.Example, 403);
        await platform.Post(UtilitiesApi.EconomicCommission, $"{Power}/{overdue}/supervision-notice", IssueSupervisionNoticeBody.Example, 403);
        await platform.Post(TestActors.Enterprise, $"{Power}/{overdue}/supervision-notice", IssueSupervisionNoticeBody.Example, 403);
        await platform.Post(TestActors.Supervisor, $"{Power}/{overdue}/supervision-notice", IssueSupervisionNoticeBody.Example, 403);
        var missingText = await platform.Post(TestActors.BusinessOffice, $"{Power}/{overdue}/supervision-notice", new IssueSupervisionNoticeBody("  "), 400);
        (await missingText.ReadAsTextAsync()).ShouldContain("demand");
        await platform.Post(TestActors.BusinessOffice, $"{Power}/{Guid.NewGuid()}/supervision-notice", IssueSupervisionNoticeBody.Example, 404);
        (await platform.EventCountAsync()).ShouldBe(afterOverdue);
        afterOverdue.ShouldBeGreaterThan(before); // the overdue case's own events only
    }

    [Fact]
    public async Task A_notice_is_recorded_on_the_case_and_on_the_overdue_list_of_the_BusinessOffice_and_the_provider()
    {
        var id = await OverdueCases.Power(platform);
        var list = $"{UtilitiesApi.Route}/overdue-connections";
        (await platform.Get(TestActors.BusinessOffice, $"{list}?supervised=false").Read<List<OverdueConnection>>()).ShouldContain(c => c.Id == id);

        platform.SetTime(Time("2025-05-12 09:00"));
        var recorded = await platform.Post(TestActors.BusinessOffice, $"{Power}/{id}/supervision-notice", new IssueSupervisionNoticeBody(" 请于5月13日18:00前接电并反馈 "))
            .Read<CaseStepRecorded>();
        recorded.Event.ShouldBe(nameof(PowerSupervisionNoticeIssued));
        recorded.Summary.ShouldBe("区营商办督办国网南川供电公司（接电时限2025-05-09 18:00已超期）：请于5月13日18:00前接电并反馈");

        var details = await platform.Get(TestActors.Enterprise, $"{Power}/{id}").Read<PowerConnectionDetails>();
        details.SupervisionNotices.ShouldBe([new SupervisionNotice(UtilityDeadline.PowerOn, Time("2025-05-09 18:00"), "请于5月13日18:00前接电并反馈", Time("2025-05-12 09:00"))]);
        details.Steps.Last().Step.ShouldStartWith("区营商办督办");

        var supervised = await platform.Get(TestActors.BusinessOffice, $"{list}?supervised=true").Read<List<OverdueConnection>>();
        var item = supervised.Where(c => c.Id == id).ShouldHaveSingleItem();
        item.ShouldBe(new OverdueConnection(id, "power", "国网南川供电公司", "91500119MA5U8XRB98", "重庆南川示例科技有限公司", UtilityDeadline.PowerOn, Time("2025-05-09 18:00"), 1,
            Time("2025-05-12 09:00")));
        (await platform.Get(TestActors.BusinessOffice, $"{list}?supervised=false").Read<List<OverdueConnection>>()).ShouldNotContain(c => c.Id == id);
        (await platform.Get(UtilitiesApi.PowerCompany, list).Read<List<OverdueConnection>>()).ShouldContain(c => c.Id == id);
        (await platform.Get(UtilitiesApi.WaterCompany, list).Read<List<OverdueConnection>>()).ShouldNotContain(c => c.Id == id);
        await platform.Get(TestActors.Enterprise, list, 403);

        // Power on ends the overdue state: it leaves the list, the notice stays on the case.
        platform.SetTime(Time("2025-05-13 10:00"));
        await platform.Post(UtilitiesApi.PowerCompany, $"{Power}/{id}/power-on", new StepAt(null));
        (await platform.Get(TestActors.BusinessOffice, list).Read<List<OverdueConnection>>()).ShouldNotContain(c => c.Id == id);
        (await platform.Get(TestActors.BusinessOffice, $"{Power}/{id}").Read<PowerConnectionDetails>()).SupervisionNotices.Count.ShouldBe(1);
        await platform.Post(TestActors.BusinessOffice, $"{Power}/{id}/supervision-notice", IssueSupervisionNoticeBody.Example, 409);
    }

    [Fact]
    public async Task Overdue_water_and_gas_connections_are_supervised_the_same_way()
    {
        var water = await OverdueCases.Water(platform);
        var gas = await OverdueCases.Gas(platform);
        await platform.Post(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/water-connections/{water}/supervision-notice", new IssueSupervisionNoticeBody("请立即通水"));
        await platform.Post(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/gas-connections/{gas}/supervision-notice", new IssueSupervisionNoticeBody("请立即勘查"));
        await platform.Post(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/gas-connections/{water}/supervision-notice", IssueSupervisionNoticeBody.Example, 404);

        (await platform.Get(UtilitiesApi.WaterCompany, $"{UtilitiesApi.Route}/water-connections/{water}").Read<WaterConnectionDetails>())
            .SupervisionNotices.ShouldHaveSingleItem().Deadline.ShouldBe(UtilityDeadline.WaterConnection);
        (await platform.Get(OverdueCases.GasOperator, $"{UtilitiesApi.Route}/gas-connections/{gas}").Read<GasConnectionDetails>())
            .SupervisionNotices.ShouldHaveSingleItem().Demand.ShouldBe("请立即勘查");
        var gasList = await platform.Get(OverdueCases.GasOperator, $"{UtilitiesApi.Route}/overdue-connections?supervised=true").Read<List<OverdueConnection>>();
        gasList.Where(c => c.Id == gas).ShouldHaveSingleItem().Deadline.ShouldBe(UtilityDeadline.GasSurvey);
        gasList.ShouldNotContain(c => c.Id == water);

        // A connection of the same operator whose survey is not yet due is listed, but not among the overdue ones.
        var onTime = await platform.Post(OverdueCases.GasOperator, UtilitiesApi.Route + "/gas-connections",
            new ApplyForGasRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", OverdueCases.GasOperatorName, GasApplicationChannel.Hotline,
                GasUserCategory.OtherNonResidential, "南川区东城街道隆化路14号", null), 201).Read<GasApplicationResponse>();
        var listed = await platform.Get(OverdueCases.GasOperator, $"{UtilitiesApi.Route}/gas-connections").Read<List<GasConnectionDetails>>();
        listed.ShouldContain(c => c.Id == gas);
        listed.ShouldContain(c => c.Id == onTime.Id);
        var overdueGas = await platform.Get(OverdueCases.GasOperator, $"{UtilitiesApi.Route}/gas-connections?overdueOnly=true").Read<List<GasConnectionDetails>>();
        overdueGas.ShouldContain(c => c.Id == gas);
        overdueGas.ShouldNotContain(c => c.Id == onTime.Id);
        overdueGas.ShouldAllBe(c => c.Overdue);
    }
}
