using System.Text;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.HallFigures;
using Nanchuan.Licensing.Registration;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>The hall's figures of Tuesday 2031-05-06 (no holiday schedule loaded for 2031: Monday–Friday are working days).</summary>
[Collection(LicensingCollection.Name)]
public sealed class HallFiguresTests(LicensingHost platform)
{
    private static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!);
    private const string Applications = "/api/licensing/applications";

    [Fact]
    public async Task A_day_of_the_hall_counts_visitors_received_immediate_finished_and_within_the_promised_limit()
    {
        var immediate = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("HALL-JB-01", "个体工商户名称变更", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 5, 0, true, true, true, ["变更申请书"]), TestActors.Admin);
        var planning = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("HALL-XK-02", "临时建设工程规划许可", ServiceItemKind.AdministrativeLicence, "区规划自然资源局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书", "平面图"]), TestActors.Admin);

        platform.SetShanghaiTime(2031, 5, 6, 9, 0);
        (await Submit(immediate, ["变更申请书"], true)).Status.ShouldBe(ApplicationStatus.ResultIssued);
        platform.SetShanghaiTime(2031, 5, 6, 9, 10);
        var b = await Submit(planning, ["申请书"], true);
        platform.SetShanghaiTime(2031, 5, 6, 10, 0);
        (await platform.PostAsync<ServiceApplication>($"{Applications}/{b.Id}/materials", new SupplementMaterials(["平面图"], true), TestActors.WindowClerk))
            .DueAt.ShouldBe(new DateTimeOffset(2031, 5, 8, 18, 0, 0, TimeSpan.FromHours(8)));
        platform.SetShanghaiTime(2031, 5, 6, 10, 30);
        var c = await Submit(planning, ["申请书", "平面图"], false);
        platform.SetShanghaiTime(2031, 5, 6, 10, 40);
        await Submit(planning, ["申请书", "平面图"], false);
        platform.SetShanghaiTime(2031, 5, 6, 11, 0);
        await platform.PostAsync<HallVisitorsCounted>("/api/licensing/hall/visitors", new CountHallVisitors(new DateOnly(2031, 5, 6), null, 5, "咨询及取号"), TestActors.WindowClerk);
        platform.SetShanghaiTime(2031, 5, 6, 11, 30);
        await platform.PostAsync<CaseCreated>("/api/licensing/consultations", new GiveConsultation("古花", "个体工商户转企业"), TestActors.ClerkAt("古花"));

        platform.SetShanghaiTime(2031, 5, 7, 9, 0);
        await platform.PostAsync<ServiceApplication>($"{Applications}/{b.Id}/decision", new DecideApplication(true, "符合规划条件", null), TestActors.Planner);
        await platform.PostAsync<ServiceApplication>($"{Applications}/{b.Id}/result", new IssueApplicationResult("LS-2031-001", false), TestActors.WindowClerk);
        platform.SetShanghaiTime(2031, 5, 9, 9, 0); // after c's promised limit (Thursday 18:00)
        await platform.PostAsync<ServiceApplication>($"{Applications}/{c.Id}/decision", new DecideApplication(false, "用地性质不符", "《城乡规划法》第四十四条"), TestActors.Planner);

        var report = await platform.GetAsync<HallFiguresReport>("/api/licensing/hall/daily-figures?from=2031-05-06&to=2031-05-09", TestActors.BusinessOffice);
        report.ShouldSatisfyAllConditions(
            r => r.Visitors.ShouldBe(9), // a 1 + b 2 + 5 walk-ins + 1 consultation
            r => r.AverageDailyVisitors.ShouldBe(9m),
            r => r.Received.ShouldBe(4), r => r.Immediate.ShouldBe(1), r => r.Finished.ShouldBe(3), r => r.FinishedWithinPromised.ShouldBe(2),
            r => r.CompletionRate.ShouldBe(0.75m), r => r.WithinPromisedRate.ShouldBe(0.6667m));
        report.Days.ShouldAllBe(d => d.Day == new DateOnly(2031, 5, 6));
        Day(report, "").ShouldBe(new HallDayFigures(new DateOnly(2031, 5, 6), "", 9, 4, 1, 3, 2, 0.75m, 0.6667m));
        Day(report, "区市场监管局").ShouldBe(new HallDayFigures(new DateOnly(2031, 5, 6), "区市场监管局", 2, 1, 1, 1, 1, 1m, 1m));
        Day(report, "区规划自然资源局").ShouldBe(new HallDayFigures(new DateOnly(2031, 5, 6), "区规划自然资源局", 2, 3, 0, 2, 1, 0.6667m, 0.5m));
        Day(report, "综合窗口").ShouldBe(new HallDayFigures(new DateOnly(2031, 5, 6), "综合窗口", 5, 0, 0, 0, 0, null, null));
        (await platform.GetAsync<HallFiguresReport>("/api/licensing/hall/daily-figures?from=2031-05-06&to=2031-05-06&department=综合窗口", TestActors.Supervisor))
            .Days.Select(d => d.Department).Order().ShouldBe(["", "综合窗口"]);

        (await platform.SqlRowsAsync("select department, visitors, received, immediate, finished, finished_within_promised, completion_rate, within_promised_rate from licensing.hall_daily_figures where day = '2031-05-06' and department = ''"))
            .ShouldBe(["|9|4|1|3|2|0.7500|0.6667"]);
        var csv = Encoding.UTF8.GetString(await platform.BytesAsync("/api/licensing/reports/hall_daily_figures.csv?from=2031-05-06&to=2031-05-06", TestActors.BusinessOffice));
        csv.ShouldContain("日期,部门（空为全大厅）,接待人次,接件数,即办件数,办结数,承诺时限内办结数,办结率,承诺时限内办结率");
        csv.ShouldContain("2031-05-06,,9,4,1,3,2,0.7500,0.6667");
        var xlsx = await platform.BytesAsync("/api/licensing/reports/hall_daily_figures.xlsx?from=2031-05-06&to=2031-05-06", TestActors.BusinessOffice);
        xlsx.Take(2).ShouldBe("PK"u8.ToArray());
        await platform.GetAsync<HallFiguresReport>("/api/licensing/hall/daily-figures?from=2031-05-06&to=2031-05-06", TestActors.WindowClerk, 403);
    }

    [Fact]
    public async Task Invalid_counts_and_periods_are_400s_with_field_errors_and_write_nothing()
    {
        platform.SetShanghaiTime(2031, 5, 12, 9, 0);
        var before = await platform.EventCountAsync<HallVisitorsCounted>();
        var future = await platform.RejectedAsync("/api/licensing/hall/visitors", new CountHallVisitors(new DateOnly(2031, 5, 13), null, 0, null), TestActors.WindowClerk, 400);
        future.ShouldContain("day");
        future.ShouldContain("visitors");
        await platform.RejectedAsync("/api/licensing/hall/visitors", new CountHallVisitors(new DateOnly(2031, 5, 12), null, 5, null), TestActors.BusinessOffice, 403);
        (await platform.EventCountAsync<HallVisitorsCounted>()).ShouldBe(before);
        (await platform.SqlRowsAsync("select day from licensing.hall_visit_rows where day between '2031-05-12' and '2031-05-13'")).ShouldBeEmpty();

        await platform.GetAsync<HallFiguresReport>("/api/licensing/hall/daily-figures?to=2031-05-12", TestActors.BusinessOffice, 400);
        await platform.GetAsync<HallFiguresReport>("/api/licensing/hall/daily-figures?from=2031-05-12&to=2031-05-11", TestActors.BusinessOffice, 400);
        await platform.GetAsync<HallFiguresReport>("/api/licensing/hall/daily-figures?from=2030-05-10&to=2031-05-12", TestActors.BusinessOffice, 400);
        (await platform.GetAsync<HallFiguresReport>("/api/licensing/hall/daily-figures?from=2030-05-13&to=2031-05-12", TestActors.BusinessOffice)).ShouldNotBeNull();
    }

    private static HallDayFigures Day(HallFiguresReport report, string department) => report.Days.Single(d => d.Department == department);

    private Task<ServiceApplication> Submit(ServiceItem item, IReadOnlyList<string> materials, bool inPerson) =>
        platform.PostAsync<ServiceApplication>(Applications, new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", materials, null, inPerson), TestActors.WindowClerk);
}
