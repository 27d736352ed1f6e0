using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.HallTargets;
using Nanchuan.Licensing.Reports;
using Nanchuan.Licensing.StaffAssessment;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>Seed 000's headline targets measured with the real holiday calendar (ADR 0116): pure rules.</summary>
public sealed class HallTargetRuleTests
{
    private static readonly IWorkingDayCalendar Calendar = new WorkingDayCalendar(null, HolidayScheduleFile.LoadShipped());

    private static DateTimeOffset Beijing(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static HeadlineTargetMeasured Measure(HallTarget target, DateTimeOffset started, DateTimeOffset finished) =>
        HallTargetRules.Measure(target, "application", Guid.NewGuid(), "测试", "区发展改革委", started, finished, Calendar);

    [Fact]
    public void One_working_day_from_15_00_on_30_September_2024_runs_to_15_00_on_8_October_over_the_National_Day_holidays()
    {
        var met = Measure(HallTarget.CompanyStartUp, Beijing(2024, 9, 30, 15), Beijing(2024, 10, 8, 14, 30));
        (met.DueAt, met.WorkingDaysTaken, met.Met).ShouldBe((Beijing(2024, 10, 8, 15), 0.95m, true)); // 3 h + 6 h of 9 h 30 min
        var missed = Measure(HallTarget.CompanyStartUp, Beijing(2024, 9, 30, 15), Beijing(2024, 10, 8, 16));
        (missed.WorkingDaysTaken, missed.Met).ShouldBe((1.11m, false)); // 3 h + 7 h 30 min
        missed.Describe().ShouldBe("企业开办全流程：测试用时1.11个工作日，未达到1个工作日的目标");
    }

    [Fact]
    public void Exactly_one_working_day_from_the_Spring_Festival_make_up_Saturday_meets_the_filing_target()
    {
        // Saturday 2025-02-08 is a make-up workday (调休上班): 09:00 to 18:00 is 9 h, Monday 08:30–09:00 the last 30 min.
        var exactly = Measure(HallTarget.InvestmentProjectFiling, Beijing(2025, 2, 8, 9), Beijing(2025, 2, 10, 9));
        (exactly.DueAt, exactly.WorkingDaysTaken, exactly.Met).ShouldBe((Beijing(2025, 2, 10, 9), 1.00m, true));
        Measure(HallTarget.InvestmentProjectFiling, Beijing(2025, 2, 8, 9), Beijing(2025, 2, 10, 9, 1)).Met.ShouldBeFalse();
    }

    [Fact]
    public void On_the_spot_means_before_the_hall_closes_on_the_working_day_it_started()
    {
        // Sunday 2025-01-26 is a make-up workday before the Spring Festival (28 January – 4 February).
        var sameDay = Measure(HallTarget.ConstructionPermit, Beijing(2025, 1, 26, 16), Beijing(2025, 1, 26, 17, 30));
        (sameDay.DueAt, sameDay.Met).ShouldBe((Beijing(2025, 1, 26, 18), true));
        var afterTheHoliday = Measure(HallTarget.CompletionFiling, Beijing(2025, 1, 27, 17), Beijing(2025, 2, 5, 9));
        (afterTheHoliday.DueAt, afterTheHoliday.WorkingDaysTaken, afterTheHoliday.Met).ShouldBe((Beijing(2025, 1, 27, 18), 0.16m, false)); // 1 h + 30 min
        // Lodged at a 7 × 24 terminal during the holiday: on the spot is the first working day after it.
        Measure(HallTarget.ConstructionPermit, Beijing(2025, 1, 29, 10), Beijing(2025, 2, 5, 17)).ShouldSatisfyAllConditions(
            m => m.DueAt.ShouldBe(Beijing(2025, 2, 5, 18)), m => m.Met.ShouldBeTrue());
    }
}

/// <summary>The targets report of February 2025 (after the Spring Festival) through the API, as SQL tables and CSV/XLSX, and rebuilt from the events.</summary>
[Collection(LicensingCollection.Name)]
public sealed class HallTargetTests(LicensingHost platform)
{
    public const string InvestmentFilingItem = "TGT-BA-2025";
    public const string ConstructionPermitItem = "TGT-SG-2025";
    public const string CompletionFilingItem = "TGT-JG-2025";

    private static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!);

    private async Task<Guid> RegisterAsync(string company, DateTimeOffset filed, DateTimeOffset issued)
    {
        platform.SetTime(filed);
        var id = await platform.FileAsync("东城", company);
        await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", clerk: platform.ClerkOf(id)));
        platform.SetTime(issued);
        await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/licence", clerk: platform.ClerkOf(id)));
        return id;
    }

    private async Task<Guid> ApplyAsync(ServiceItem item, DateTimeOffset accepted, DateTimeOffset? finished)
    {
        platform.SetTime(accepted);
        var application = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", ["申请表"], null, true), TestActors.WindowClerk);
        if (finished is not { } at) return application.Id;
        platform.SetTime(at);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/decision", new DecideApplication(true, "符合条件", null), TestActors.HandlerOf(item.Department));
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/result", new IssueApplicationResult($"R-{application.Id:N}"[..12], false), TestActors.WindowClerk);
        return application.Id;
    }

    private static DateTimeOffset Beijing(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_targets_of_February_2025_give_each_figure_its_target_and_the_cases_that_missed_it()
    {
        var filing = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem(InvestmentFilingItem, "企业投资项目备案", ServiceItemKind.AdministrativeLicence, "区发展改革委", ServiceItemOwnerLevel.DistrictDepartment, 5, 1, false, true, true, ["申请表"]), TestActors.Admin);
        var permit = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem(ConstructionPermitItem, "建筑工程施工许可证核发", ServiceItemKind.AdministrativeLicence, "区住房城乡建委", ServiceItemOwnerLevel.DistrictDepartment, 15, 0, true, true, true, ["申请表"]), TestActors.Admin);
        var completion = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem(CompletionFilingItem, "房屋建筑工程竣工验收备案", ServiceItemKind.AdministrativeLicence, "区住房城乡建委", ServiceItemOwnerLevel.DistrictDepartment, 15, 0.5m, false, true, true, ["申请表"]), TestActors.Admin);

        // 企业开办: filed on Monday 27 January 15:00 and 16:00, the licence after the Spring Festival on 5 February 14:30 and 17:00.
        await RegisterAsync("重庆南川春节达标测试有限公司", Beijing(2025, 1, 27, 15), Beijing(2025, 2, 5, 14, 30));
        var late = await RegisterAsync("重庆南川春节超时测试有限公司", Beijing(2025, 1, 27, 16), Beijing(2025, 2, 5, 17));
        // 投资项目备案: exactly one working day from the make-up Saturday; then 10 h from Monday 10:00.
        await ApplyAsync(filing, Beijing(2025, 2, 8, 9), Beijing(2025, 2, 10, 9));
        var slowFiling = await ApplyAsync(filing, Beijing(2025, 2, 10, 10), Beijing(2025, 2, 11, 10, 30));
        // 施工许可: an immediate item, done at acceptance. 竣工备案: accepted at 17:00, done the next morning.
        await ApplyAsync(permit, Beijing(2025, 2, 12, 10), null);
        var slowCompletion = await ApplyAsync(completion, Beijing(2025, 2, 13, 17), Beijing(2025, 2, 14, 9));
        // Not a target item: not measured.
        var other = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("TGT-QT-2025", "户外广告设置许可", ServiceItemKind.AdministrativeLicence, "区城市管理局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请表"]), TestActors.Admin);
        await ApplyAsync(other, Beijing(2025, 2, 14, 10), Beijing(2025, 2, 24, 10));

        await platform.GetAsync<HallTargetsReport>("/api/licensing/hall/targets?month=2025-13", TestActors.BusinessOffice, 400);
        await platform.GetAsync<HallTargetsReport>("/api/licensing/hall/targets?month=2025-02", TestActors.WindowClerk, 403);
        var report = await platform.GetAsync<HallTargetsReport>("/api/licensing/hall/targets?month=2025-02", TestActors.Supervisor);
        report.Targets.Select(t => (t.Target, t.Limit, t.Cases, t.Met, t.Missed, t.MetRate, t.AverageWorkingDays, t.LongestWorkingDays)).ShouldBe(
        [
            (HallTarget.CompanyStartUp, "1个工作日", 2, 1, 1, (decimal?)0.5m, (decimal?)1.03m, (decimal?)1.11m),
            (HallTarget.InvestmentProjectFiling, "1个工作日", 2, 1, 1, 0.5m, 1.03m, 1.05m),
            (HallTarget.ConstructionPermit, "当场办结", 1, 1, 0, 1m, 0m, 0m),
            (HallTarget.CompletionFiling, "当场办结", 1, 0, 1, 0m, 0.16m, 0.16m),
        ]);
        report.Targets.SelectMany(t => t.MissedCases).Select(c => (c.CaseId, c.WorkingDaysTaken)).ShouldBe([(late, 1.11m), (slowFiling, 1.05m), (slowCompletion, 0.16m)]);
        report.Targets[0].MissedCases.Single().ShouldSatisfyAllConditions(
            c => c.CaseLabel.ShouldBe("重庆南川春节超时测试有限公司"), c => c.DueAt.ShouldBe(Beijing(2025, 2, 5, 16)), c => c.StartedAt.ShouldBe(Beijing(2025, 1, 27, 16)));

        (await platform.SqlRowsAsync("select target, target_limit, cases, met, missed, met_rate from licensing.hall_targets_monthly where month = '2025-02' order by target"))
            .ShouldBe(["companyStartUp|1个工作日|2|1|1|0.5000", "completionFiling|当场办结|1|0|1|0.0000", "constructionPermit|当场办结|1|1|0|1.0000", "investmentProjectFiling|1个工作日|2|1|1|0.5000"]);
        var csv = System.Text.Encoding.UTF8.GetString(await platform.BytesAsync("/api/licensing/reports/hall_target_cases.csv?month=2025-02", TestActors.BusinessOffice));
        csv.ShouldContain("重庆南川春节超时测试有限公司");
        csv.ShouldNotContain("户外广告设置许可");
        (await platform.BytesAsync("/api/licensing/reports/hall_targets_monthly.xlsx?month=2025-02", TestActors.Admin)).Take(2).ShouldBe("PK"u8.ToArray());

        await platform.ShouldRebuildToTheLiveRowsAsync<LicensingReportTables>([LicensingTables.HallTargetCases, LicensingTables.HallTargetsMonthly]);
    }
}
