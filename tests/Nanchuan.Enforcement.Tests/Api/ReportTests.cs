using Nanchuan.Enforcement.Findings;
using Nanchuan.Enforcement.Inspecting;
using Nanchuan.Enforcement.Reports;
using Nanchuan.Enforcement.Supervising;
using Nanchuan.Enforcement.Visiting;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>The report tables on a database of their own, so the figures are exactly this scenario's.</summary>
public sealed class ReportTests(EnforcementHost platform) : IClassFixture<EnforcementHost>
{
    private static readonly BuildingBlocks.Platform.Reports.ReportCatalog Catalog = new EnforcementModule().Reports;

    /// <summary>Two comprehensive inspections (an industrial one with 7 departments, a logistics one with 6), an exception, an unauthorised attempt and a referred report.</summary>
    private async Task Scenario()
    {
        var plan = await platform.PlanOfQ2Async();
        foreach (var entry in plan.Entries.Where(e => e.CreditCode == Enterprises[0].CreditCode || e.CreditCode == Enterprises[3].CreditCode))
        {
            platform.SetTime(ParkInspectionDay(entry.Month));
            var lead = Department(entry.Departments[0]);
            var id = (await platform.Post(lead, Route + "/inspections", new RecordInspectionRequest(entry.CreditCode, null, null, null, null, null, null), 201)
                .Read<InspectionRecordedResponse>()).Id;
            await platform.Post(lead, $"{Route}/inspections/{id}/findings", new RecordFindingsBody(ScenarioChecklists.Seed.Of(entry.Scenario)
                .Select(i => new FindingBody(i.Code, FindingOutcome.Compliant, null, null, null)).ToList()));
        }
        platform.SetTime(Time("2025-05-20 10:00"));
        await platform.Post(Ecology, Route + "/inspections", new RecordInspectionRequest(Unplanned, "重庆南川未列入计划有限公司", "emergency", "突发环境事件应急检查", null,
            ["环境局 刘某", "环境局 何某"], null), 201);
        await platform.Post(Market, Route + "/inspections", new RecordInspectionRequest(Unplanned, "重庆南川未列入计划有限公司", null, null, null, null, null), 403);
        var reported = await platform.Post(EnterpriseUser(Unplanned, "重庆南川未列入计划有限公司"), Route + "/unauthorised-inspections",
            new ReportUnauthorisedInspectionRequest(Departments.MarketSupervision, Time("2025-05-20 10:00"), "市场监管局单独入企检查"), 201).Read<UnauthorisedInspectionReportedResponse>();
        await platform.Post(JusticeBureau, $"{Route}/unauthorised-inspections/{reported.Id}/verification",
            new VerifyUnauthorisedInspectionBody(VerificationMethod.Complaint, true, "属实"));
        await platform.Post(JusticeBureau, $"{Route}/unauthorised-inspections/{reported.Id}/referral", new ReferUnauthorisedInspectionBody("区纪委监委", null));
        // 扫码入企: the ecology inspectors' scan rests on their exception; the transport inspectors' on nothing.
        await platform.Post(Ecology, Route + "/visits/scans", new ScanEnterpriseCodeRequest(Unplanned), 201);
        await platform.Post(Transport, Route + "/visits/scans", new ScanEnterpriseCodeRequest(Unplanned), 201);
    }

    [Fact]
    public async Task The_quarters_figures_by_department_and_type_are_sql_tables_exported_by_department_and_rebuild_to_the_live_rows()
    {
        await Scenario();
        (await platform.SqlRowsAsync("select quarter, comprehensive_inspections, department_checks, items_checked, visits_saved from enforcement.visits_saved"))
            .ShouldBe(["2025Q2|2|13|15|11"]);
        (await platform.SqlRowsAsync("select quarter, department, exception_type, inspections from enforcement.exceptions_by_type"))
            .ShouldBe([$"2025Q2|{Departments.EcologyEnvironment}|emergency|1"]);
        (await platform.SqlRowsAsync("select kind, published, compliant from enforcement.published_results order by kind"))
            .ShouldBe(["comprehensive|2|15"]);
        (await platform.SqlRowsAsync(
                "select department, record_attempts, visits_detected, enterprise_reports, awaiting_verification, confirmed, referred from enforcement.unauthorised_outcomes order by department"))
            .ShouldBe([$"{Departments.Transport}|0|1|0|1|0|0", $"{Departments.MarketSupervision}|1|0|1|1|1|1"], ignoreOrder: true);
        (await platform.SqlRowsAsync($"select comprehensive, exceptions, within_target from enforcement.inspections_per_enterprise where credit_code = '{Unplanned}'"))
            .ShouldBe(["0|1|True"]);

        var csv = await (await platform.Scenario(s =>
        {
            s.Get.Url($"{Route}/reports/unauthorised_outcomes.csv");
            s.As(platform, Market);
            s.StatusCodeShouldBe(200);
        })).ReadAsTextAsync();
        csv.ShouldContain("检查部门");
        csv.ShouldContain(Departments.MarketSupervision);
        await platform.Get(TestActors.BusinessOffice, $"{Route}/reports/visits_saved.xlsx");
        await platform.Get(TestActors.Enterprise, $"{Route}/reports/visits_saved.csv", 403);

        await platform.ShouldRebuildToTheLiveRowsAsync<EnforcementReportProjection>(Catalog);
    }
}
