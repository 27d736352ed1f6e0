using Alba;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Testing;
using Wolverine.Tracking;
using OversightContract = Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Licensing.Tests;

/// <summary>特别程序: the promised limit's clock pauses and resumes on the platform's deadline capability.</summary>
[Collection(LicensingCollection.Name)]
public sealed class SpecialProcedureTests(LicensingHost platform)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_special_procedure_over_a_weekend_moves_the_promised_limit_by_the_business_time_it_took()
    {
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("XK-TEST-SP", "食品生产许可", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书"]), TestActors.Admin);
        // Accepted Thu 2025-05-08 10:00 with 2 working days promised: due Mon 2025-05-12 18:00.
        platform.SetShanghaiTime(2025, 5, 8, 10, 0);
        var (accepted, set) = await platform.PostTrackedAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode), "重庆南川示例科技有限公司", ["申请书"], null, false),
            TestActors.WindowClerk);
        accepted.DueAt.ShouldBe(new DateTimeOffset(2025, 5, 12, 18, 0, 0, Shanghai));
        var firstCheck = DeadlineTimers.ScheduledBy(set).First(t => t.CaseId == accepted.Id && t.Alarm == BuildingBlocks.Deadlines.DeadlineAlarm.Overdue);

        // Expert review from Fri 16:00 to Mon 10:00: 2 h on Friday and 1 h 30 min on Monday did not count.
        platform.SetShanghaiTime(2025, 5, 9, 16, 0);
        var paused = await platform.PostAsync<PromisedLimitClock>($"/api/licensing/applications/{accepted.Id}/special-procedure",
            new StartSpecialProcedure("专家评审"), TestActors.MarketRegulator);
        paused.Paused.ShouldBeTrue();
        await platform.PostAsync<PromisedLimitClock>($"/api/licensing/applications/{accepted.Id}/special-procedure",
            new StartSpecialProcedure("再次评审"), TestActors.MarketRegulator, 409);
        platform.SetShanghaiTime(2025, 5, 12, 10, 0);
        var (resumed, moved) = await platform.PostTrackedAsync<PromisedLimitClock>($"/api/licensing/applications/{accepted.Id}/special-procedure/end",
            new { }, TestActors.MarketRegulator);
        resumed.DueAt.ShouldBe(new DateTimeOffset(2025, 5, 13, 12, 0, 0, Shanghai));
        var recomputed = moved.FindSingleTrackedMessageOfType<OversightContract.DeadlineRecomputed>();
        (recomputed.Case.Module, recomputed.Case.Department, recomputed.PreviousDueAt, recomputed.DueAt)
            .ShouldBe(("Licensing", "区市场监管局", accepted.DueAt!.Value, resumed.DueAt));

        // The timer set for the old due time is stale; the new one declares the application overdue after Tue 12:00.
        platform.Clock.AdjustTime(firstCheck.FireAt);
        await platform.Host.InvokeMessageAndWaitAsync(firstCheck);
        var events = await platform.FireScheduledTimersAsync(moved, accepted.Id);
        events.OfType<ApplicationOverdue>().Single().DueAt.ShouldBe(resumed.DueAt);

        var audit = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{accepted.Id}");
            s.As(platform, TestActors.Supervisor);
        });
        var history = await audit.ReadAsJsonAsync<StreamHistory>();
        history.Events.Select(e => e.Summary).ShouldContain("进入特别程序（专家评审），承诺时限暂停计算");
        history.Events.Select(e => e.Summary)
            .ShouldContain("特别程序（专家评审）结束，承诺时限恢复计算（暂停3.5个工作小时），由2025-05-12 18:00调整为2025-05-13 12:00");
    }
}
