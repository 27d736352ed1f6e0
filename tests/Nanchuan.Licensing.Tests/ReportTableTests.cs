using System.Globalization;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.FastApproval;
using Nanchuan.Licensing.Registration;
using Nanchuan.Licensing.Reports;
using Nanchuan.Licensing.SpotChecks;
using Nanchuan.Licensing.StaffAssessment;
using Nanchuan.Licensing.StaffAssessment.Rulebook;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>The registration, catalogue, 最多跑一次 and staff reports as SQL tables: the same figures as the REST reports, and the same rows after a rebuild.</summary>
[Collection(LicensingCollection.Name)]
public sealed class ReportTableTests(LicensingHost platform)
{
    [Fact]
    public async Task The_sql_tables_hold_the_figures_of_the_rest_reports()
    {
        platform.SetShanghaiTime(2032, 3, 2, 9, 0);
        await platform.PostAsync<CaseCreated>("/api/licensing/consultations", new GiveConsultation("大有", "名称自主申报"), TestActors.ClerkAt("大有"));
        await platform.PostAsync<CaseCreated>("/api/licensing/consultations", new GiveConsultation("大有", "经营范围规范表述"), TestActors.ClerkAt("大有"));
        var id = await platform.FileAsync("大有", "重庆南川大有报表测试有限公司");
        platform.SetShanghaiTime(2032, 3, 2, 9, 30);
        await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", clerk: platform.ClerkOf(id)));
        platform.SetShanghaiTime(2032, 3, 2, 10, 0);
        await platform.PostAsync($"/api/licensing/registrations/{id}/licence", clerk: platform.ClerkOf(id));

        var points = await platform.GetAsync<List<ServicePointFigures>>("/api/licensing/registrations/report", TestActors.Supervisor);
        points.Single(p => p.ServicePoint == "大有").ShouldBe(new ServicePointFigures("大有", 2, 1, 1, 0.05m, 1m)); // 30 min of 9.5 h
        var active = points.Where(p => p.Consultations + p.Registrations > 0).OrderBy(p => p.ServicePoint, StringComparer.Ordinal);
        (await platform.SqlRowsAsync("select service_point, consultations, registrations, issued, average_working_days_to_licence, share_within_half_day from licensing.registration_report where month = '' order by service_point collate \"C\""))
            .ShouldBe(active.Select(p => $"{p.ServicePoint}|{p.Consultations}|{p.Registrations}|{p.Issued}|{F(p.AverageWorkingDaysToLicence, 2)}|{F(p.ShareWithinHalfDay, 4)}"));

        await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("REPORT-XK-01", "公共场所卫生许可", ServiceItemKind.AdministrativeLicence, "区卫生健康委", ServiceItemOwnerLevel.DistrictDepartment, 20, 1.5m, false, false, true, ["申请书"]), TestActors.Admin);
        var catalogue = await platform.GetAsync<CatalogueReport>("/api/licensing/catalogue/report", TestActors.Supervisor);
        (await platform.SqlRowsAsync("select items, average_compression, average_enterprise_compression, online_rate from licensing.catalogue_summary"))
            .ShouldBe([$"{catalogue.Items}|{F(catalogue.AverageCompression, 4)}|{F(catalogue.AverageEnterpriseCompression, 4)}|{F(catalogue.OnlineRate, 4)}"]);
        (await platform.SqlRowsAsync("select code, compression from licensing.catalogue_items where code = 'REPORT-XK-01'")).ShouldBe(["REPORT-XK-01|0.9250"]);
        (await platform.SqlRowsAsync("select code from licensing.catalogue_items where concerns_enterprises and compression < 0.9 and justification is null order by compression, code"))
            .ShouldBe(catalogue.BelowTarget.Select(i => i.Code));

        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("REPORT-JB-02", "印章备案", ServiceItemKind.AdministrativeLicence, "区公安局", ServiceItemOwnerLevel.DistrictDepartment, 1, 0, true, true, true, ["备案表"]), TestActors.Admin);
        var twoTrips = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!), "重庆南川示例科技有限公司", ["备案表"], null, true), TestActors.WindowClerk);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{twoTrips.Id}/visits", new RecordVisit("领取印章"), TestActors.WindowClerk);
        var trips = await platform.GetAsync<OneTripReport>("/api/licensing/applications/report", TestActors.Supervisor);
        (await platform.SqlRowsAsync("select finished, within_one_trip, one_trip_rate from licensing.one_trip_report where month = '' and department = ''"))
            .ShouldBe([$"{trips.Finished}|{trips.WithinOneTrip}|{F(trips.OneTripRate, 4)}"]);
        (await platform.SqlRowsAsync("select finished, within_one_trip, one_trip_rate from licensing.one_trip_report where month = '' and department = '区公安局'")).ShouldBe(["1|0|0.0000"]);

        await platform.PostAsync<MonthlyAssessment>("/api/licensing/staff/report-staff-1/deductions", new RecordDeduction("B4", null, null), TestActors.BusinessOffice);
        var month = await platform.PostAsync<MonthlyAssessment>("/api/licensing/staff/report-staff-1/deductions", new RecordDeduction(null, "群众投诉属实", 5), TestActors.BusinessOffice);
        month.ShouldSatisfyAllConditions(m => m.Score.ShouldBe(85), m => m.Interview.ShouldBeTrue());
        const string Staff = "select points_deducted, score, deductions, complaints, explanations_outstanding, interview, returned_to_home_unit from licensing.staff_monthly_results where staff_id = 'report-staff-1' and year = 2032 and month = 3";
        (await platform.SqlRowsAsync(Staff)).ShouldBe(["15|85|2|1|1|True|False"]);
        await platform.PostAsync<Deduction>("/api/licensing/staff/report-staff-1/explanations",
            new RecordExplanation(month.Deductions.Single(d => d.Complaint is not null).Id, "已向群众道歉"), TestActors.BusinessOffice);
        (await platform.SqlRowsAsync(Staff)).ShouldBe(["15|85|2|1|0|True|False"]);

        var csv = System.Text.Encoding.UTF8.GetString(await platform.BytesAsync("/api/licensing/reports/staff_monthly_results.csv?month=2032-03", TestActors.Supervisor));
        csv.ShouldContain("report-staff-1,2032,3,2,15,85,1,0,True,False");
        (await platform.BytesAsync("/api/licensing/reports/registration_report.xlsx", TestActors.Admin)).Take(2).ShouldBe("PK"u8.ToArray());
        await platform.GetAsync<object>("/api/licensing/reports/application_rows.csv", TestActors.Admin, 404);
        await platform.GetAsync<object>("/api/licensing/reports/catalogue_items.pdf", TestActors.Admin, 400);
        await platform.GetAsync<object>("/api/licensing/reports/catalogue_items.csv", TestActors.WindowClerk, 403);
    }

    [Fact]
    public async Task Rebuilding_the_report_tables_from_the_events_gives_the_live_rows()
    {
        platform.SetShanghaiTime(2032, 4, 6, 9, 0);
        await platform.PostAsync<CaseCreated>("/api/licensing/consultations", new GiveConsultation("金山", "开办企业一网通办"), TestActors.ClerkAt("金山"));
        var registration = await platform.FileAsync("金山", "重庆南川金山重建测试有限公司");
        await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{registration}/acceptance", clerk: platform.ClerkOf(registration)));
        await platform.PostAsync<MonthlyAssessment>("/api/licensing/staff/rebuild-staff/deductions", new RecordDeduction(null, "群众投诉属实", 5), TestActors.BusinessOffice);
        await platform.PostAsync<MonthlyAssessment>("/api/licensing/staff/rebuild-staff/deductions", new RecordDeduction("B1", null, null), TestActors.BusinessOffice);
        await platform.PostAsync<CaseStepRecorded>("/api/licensing/staff/rules", new AdoptAssessmentRule("F-REBUILD", "微笑服务", AssessmentRuleCategory.ServiceRequirement, 1), TestActors.Admin);
        await platform.PostAsync<CaseStepRecorded>("/api/licensing/staff/rules/F-REBUILD/amendment", new AmendAssessmentRule("微笑服务、文明用语", 2, "细化"), TestActors.Admin);
        await platform.PostAsync<MonthlyAssessment>("/api/licensing/staff/rebuild-staff/model-post", new DesignateModelPost(ModelPostKind.LeagueMember), TestActors.BusinessOffice);
        await platform.PostAsync<MonthlyAssessment>("/api/licensing/staff/rebuild-staff/deductions", new RecordDeduction("F-REBUILD", null, null), TestActors.BusinessOffice);
        await platform.PostAsync<CaseStepRecorded>("/api/licensing/staff/rules/F-REBUILD/retirement", new RetireAssessmentRule("并入文明用语"), TestActors.Admin);
        var project = await platform.PostAsync<FastApprovalProject>("/api/licensing/fast-approval/projects",
            new EnterPipeline("重建测试项目", UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!), "示例公司", "工业项目"), TestActors.BusinessOffice);
        await platform.PostAsync<FastApprovalProject>($"/api/licensing/fast-approval/projects/{project.Id}/problems", new RaiseProblem("环评批复待出"), TestActors.BusinessOffice);
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("REBUILD-JB-01", "印章备案", ServiceItemKind.AdministrativeLicence, "区公安局", ServiceItemOwnerLevel.DistrictDepartment, 1, 0, true, true, true, ["备案表"]), TestActors.Admin);
        var application = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!), "重庆南川示例科技有限公司", ["备案表"], null, true), TestActors.WindowClerk);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/visits", new RecordVisit("领取印章"), TestActors.WindowClerk);

        await platform.ShouldRebuildToTheLiveRowsAsync<LicensingReportTables>(
            [.. LicensingTables.Catalog.Tables.Except([LicensingTables.PackageApplicationRows, LicensingTables.QueueTicketRows, LicensingTables.FinancingReferralRows,
                LicensingTables.RatingRows, LicensingTables.RatingFigures, LicensingTables.RatingRanking])]);
    }

    /// <summary>Issue 22: 24 of 160 concurrent consultations failed on the hall's daily figures. The summaries are views now: nothing to clash on.</summary>
    [Fact]
    public async Task Sixteen_concurrent_consultations_at_one_point_on_one_day_all_succeed_and_all_count()
    {
        platform.SetShanghaiTime(2032, 6, 7, 10, 0);
        var statuses = await Task.WhenAll(Enumerable.Range(1, 16).Select(async n =>
        {
            var result = await platform.Host.Scenario(s =>
            {
                s.Post.Json(new GiveConsultation("兴隆", $"并发咨询{n}")).ToUrl("/api/licensing/consultations");
                s.As(platform, TestActors.ClerkAt("兴隆"));
                s.IgnoreStatusCode();
            });
            return result.Context.Response.StatusCode;
        }));

        statuses.ShouldAllBe(status => status == 200);
        (await platform.SqlRowsAsync("select consultations from licensing.registration_report where service_point = '兴隆' and month in ('', '2032-06') order by month")).ShouldBe(["16", "16"]);
        (await platform.SqlRowsAsync($"select visitors from licensing.hall_daily_figures where day = '2032-06-07' and department = '{SpotCheckEndpoints.RegistrationAuthority}'"))
            .ShouldBe(["16"]);
    }

    private static string F(decimal? value, int decimals) => value?.ToString($"F{decimals}", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Issue item 8: concurrent transitions of one application — one wins, the other is a 409, nothing is lost.</summary>
[Collection(LicensingCollection.Name)]
public sealed class ApplicationConcurrencyTests(LicensingHost platform)
{
    [Fact]
    public async Task Two_concurrent_decisions_on_one_application_one_succeeds_the_other_is_a_409()
    {
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("RACE-XK-01", "建设工程规划许可", ServiceItemKind.AdministrativeLicence, "区规划自然资源局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书"]), TestActors.Admin);
        platform.SetShanghaiTime(2032, 5, 11, 9, 0);
        var accepted = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!), "重庆南川示例科技有限公司", ["申请书"], null, false), TestActors.WindowClerk);

        var statuses = await Task.WhenAll(
            Decide(accepted.Id, new DecideApplication(true, "符合条件", null)),
            Decide(accepted.Id, new DecideApplication(false, "不符合条件", "《城乡规划法》第四十条")));

        statuses.Order().ShouldBe([200, 409]);
        await using var query = platform.Store().QuerySession();
        var events = (await query.Events.FetchStreamAsync(accepted.Id)).Select(e => e.Data).ToList();
        var decided = events.OfType<ApplicationDecided>().ShouldHaveSingleItem();
        var application = (await query.LoadAsync<ServiceApplication>(accepted.Id))!;
        application.Status.ShouldBe(decided.Approved ? ApplicationStatus.Approved : ApplicationStatus.Rejected);
        application.Reasons.ShouldBe(decided.Reasons);
    }

    private async Task<int> Decide(Guid id, DecideApplication decision)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Json(decision).ToUrl($"/api/licensing/applications/{id}/decision");
            s.As(platform, TestActors.Planner);
            s.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }
}
