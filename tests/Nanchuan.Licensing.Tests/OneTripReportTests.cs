using System.Text.Json.Nodes;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.Reports;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>
/// 最多跑一次 summed from the totals kept per month and department in <c>licensing.one_trip_months</c> (ADR 0198): the figures of the
/// earlier calculations (over every application document, ADR 0182's count over <c>application_rows</c>), the hand-counted change for four
/// applications of Monday 2025-09-29 (a working day before the National Day holiday), a Beijing month end that is not the UTC one, visits
/// after the finish, 16 finishes and 16 visits at once, and the Admin's rebuild. (A rebuild into emptied tables: ReportTableTests.)
/// </summary>
[Collection(LicensingCollection.Name)]
public sealed class OneTripReportTests(LicensingHost platform)
{
    private static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!);
    private const string Applications = "/api/licensing/applications";

    [Fact]
    public async Task The_report_from_the_sql_table_gives_the_figures_of_the_application_documents()
    {
        var before = await platform.GetAsync<OneTripReport>($"{Applications}/report", TestActors.Supervisor);
        var immediate = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("TRIP-JB-01", "个体工商户名称变更", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 5, 0, true, true, true, ["变更申请书"]), TestActors.Admin);
        var planning = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("TRIP-XK-02", "临时建设工程规划许可", ServiceItemKind.AdministrativeLicence, "区规划自然资源局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书", "平面图"]), TestActors.Admin);

        platform.SetShanghaiTime(2025, 9, 29, 9, 0);
        await Submit(immediate, ["变更申请书"], inPerson: true); // finished at the window: 1 trip
        var twice = await Submit(immediate, ["变更申请书"], inPerson: true);
        await platform.PostAsync<ServiceApplication>($"{Applications}/{twice.Id}/visits", new RecordVisit("领取证照"), TestActors.WindowClerk); // 2 trips
        var rejected = await Submit(planning, ["申请书", "平面图"], inPerson: true);
        await Submit(planning, ["申请书", "平面图"], inPerson: false); // accepted, not finished
        platform.SetShanghaiTime(2025, 9, 30, 10, 0);
        await platform.PostAsync<ServiceApplication>($"{Applications}/{rejected.Id}/decision", new DecideApplication(false, "用地性质不符", "《城乡规划法》第四十四条"), TestActors.Planner);

        var after = await platform.GetAsync<OneTripReport>($"{Applications}/report", TestActors.Supervisor);
        (after.Finished - before.Finished, after.WithinOneTrip - before.WithinOneTrip).ShouldBe((3, 2));
        await using var session = platform.Store().QuerySession();
        var visits = await session.Query<ServiceApplication>()
            .Where(a => a.Status == ApplicationStatus.ResultIssued || a.Status == ApplicationStatus.Rejected).Select(a => a.Visits).ToListAsync();
        var withinOne = visits.Count(v => v <= 1);
        after.ShouldBe(new OneTripReport(visits.Count, withinOne, Math.Round((decimal)withinOne / visits.Count, 4, MidpointRounding.AwayFromZero)));
    }

    [Fact]
    public async Task Each_month_and_department_keeps_the_count_over_the_application_rows_across_a_beijing_month_end()
    {
        const string department = "区月界测试局";
        var item = await Immediate("TRIP-YJ-01", department);
        platform.SetShanghaiTime(2025, 10, 31, 23, 50); // Friday 15:50 UTC: October in Beijing and in UTC.
        var october = await Submit(item, ["变更申请书"], inPerson: true);
        platform.SetShanghaiTime(2025, 11, 1, 0, 10); // Saturday 00:10 in Beijing, still 31 October 16:10 in UTC: November.
        await Submit(item, ["变更申请书"], inPerson: true);
        var online = await Submit(item, ["变更申请书"], inPerson: false);
        platform.SetShanghaiTime(2025, 11, 3, 9, 0); // Visits after the finish count against the month it finished in.
        await platform.PostAsync<ServiceApplication>($"{Applications}/{october.Id}/visits", new RecordVisit("领取证照"), TestActors.WindowClerk);
        await platform.PostAsync<ServiceApplication>($"{Applications}/{online.Id}/visits", new RecordVisit("领取证照"), TestActors.WindowClerk);

        (await platform.SqlRowsAsync($"select month, finished, within_one_trip from licensing.one_trip_months where department = '{department}' order by month"))
            .ShouldBe(["2025-10|1|0", "2025-11|2|2"]);
        (await platform.SqlRowsAsync($"select month, finished, within_one_trip, one_trip_rate from licensing.one_trip_report where department = '{department}' order by month"))
            .ShouldBe(["|3|2|0.6667", "2025-10|1|0|0.0000", "2025-11|2|2|1.0000"]);
        await ShouldEqualTheCountOverTheApplicationRows();
    }

    [Fact]
    public async Task Sixteen_finishes_and_then_sixteen_visits_at_once_in_one_month_and_department_all_count()
    {
        const string department = "区并发办结测试局";
        var item = await Immediate("TRIP-BF-01", department);
        platform.SetShanghaiTime(2025, 12, 1, 10, 0);
        var submitted = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(i => platform.PostRawAsync(Applications,
            new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", ["变更申请书"], null, InPerson: i % 2 == 0), TestActors.WindowClerk)));
        submitted.Select(r => r.Context.Response.StatusCode).ShouldAllBe(status => status == 200);
        (await Totals(department)).ShouldBe([$"2025-12|{AtOnce}|{AtOnce}"]);

        // A second visit takes an application that came in person out of 最多跑一次; one that was filed online still has one trip.
        var visited = await Task.WhenAll(submitted.Select(r => r.ReadAsJson<ServiceApplication>()!).Select(application =>
            platform.PostRawAsync($"{Applications}/{application.Id}/visits", new RecordVisit("领取证照"), TestActors.WindowClerk)));
        visited.Select(r => r.Context.Response.StatusCode).ShouldAllBe(status => status == 200);
        (await Totals(department)).ShouldBe([$"2025-12|{AtOnce}|{AtOnce / 2}"]);
        await ShouldEqualTheCountOverTheApplicationRows();
    }

    [Fact]
    public async Task The_admins_rebuild_of_the_report_tables_over_the_kept_rows_gives_the_same_totals()
    {
        var item = await Immediate("TRIP-CJ-01", "区重建测试局");
        platform.SetShanghaiTime(2026, 1, 30, 16, 0);
        var twice = await Submit(item, ["变更申请书"], inPerson: true);
        platform.SetShanghaiTime(2026, 2, 2, 9, 0);
        await platform.PostAsync<ServiceApplication>($"{Applications}/{twice.Id}/visits", new RecordVisit("领取证照"), TestActors.WindowClerk);
        const string tables = "select t::text from licensing.one_trip_months t order by month, department";
        var live = await platform.SqlRowsAsync(tables);
        live.ShouldContain("(2026-01,区重建测试局,1,0)");

        // The Admin's rebuild replays every event over the rows as they are (nothing is emptied first): each write adds only its change.
        var projections = JsonNode.Parse(await (await platform.Get(TestActors.Admin, "/api/admin/projections")).ReadAsTextAsync())!.AsArray();
        await Rebuild(projections.Select(p => p!["name"]!.GetValue<string>()).Single(n => n.EndsWith(nameof(LicensingReportTables), StringComparison.Ordinal)));

        (await platform.SqlRowsAsync(tables)).ShouldBe(live);
        await ShouldEqualTheCountOverTheApplicationRows();
    }

    [Fact]
    public async Task Totals_missing_beside_finished_applications_as_after_the_upgrade_are_recomputed_by_the_admin()
    {
        var item = await Immediate("TRIP-SJ-01", "区升级测试局");
        platform.SetShanghaiTime(2026, 3, 31, 23, 30);
        await Submit(item, ["变更申请书"], inPerson: true);
        const string tables = "select t::text from licensing.one_trip_months t where finished <> 0 or within_one_trip <> 0 order by month, department";
        var live = await platform.SqlRowsAsync(tables);
        live.ShouldContain("(2026-03,区升级测试局,1,1)");

        // The migration that creates the table finds the application rows of the years before it: no totals for them.
        await platform.ExecuteAsync("delete from licensing.one_trip_months");
        (await platform.GetAsync<OneTripReport>($"{Applications}/report", TestActors.Supervisor)).Finished.ShouldBe(0);
        await Rebuild("licensing.one_trip_months");

        (await platform.SqlRowsAsync(tables)).ShouldBe(live);
        await ShouldEqualTheCountOverTheApplicationRows();
    }

    private const int AtOnce = 16;

    private async Task Rebuild(string name)
    {
        await platform.Scenario(s =>
        {
            s.Post.Url($"/api/admin/projections/{name}/rebuild");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(202);
        });
        await platform.Host.Services.GetRequiredService<ProjectionRebuilds>().WhenFinished(name);
    }

    /// <summary>The earlier calculation (ADR 0182's count over <c>application_rows</c>, per Beijing month and department) equals the kept totals, and the report its sum.</summary>
    private async Task ShouldEqualTheCountOverTheApplicationRows()
    {
        (await platform.SqlRowsAsync("select month, department, finished, within_one_trip from licensing.one_trip_months where finished <> 0 or within_one_trip <> 0 order by 1, 2"))
            .ShouldBe(await platform.SqlRowsAsync(
                "select to_char(finished_at at time zone 'Asia/Shanghai', 'YYYY-MM'), department, count(*), count(*) filter (where visits <= 1) " +
                "from licensing.application_rows where finished_at is not null group by 1, 2 order by 1, 2"));
        var counted = (await platform.SqlRowsAsync(
            "select count(*), count(*) filter (where visits <= 1) from licensing.application_rows where finished_at is not null")).Single().Split('|').Select(int.Parse).ToList();
        var report = await platform.GetAsync<OneTripReport>($"{Applications}/report", TestActors.Supervisor);
        (report.Finished, report.WithinOneTrip).ShouldBe((counted[0], counted[1]));
    }

    private Task<List<string>> Totals(string department) =>
        platform.SqlRowsAsync($"select month, finished, within_one_trip from licensing.one_trip_months where department = '{department}' order by month");

    private Task<ServiceItem> Immediate(string code, string department) => platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
        new CatalogueServiceItem(code, "个体工商户名称变更", ServiceItemKind.AdministrativeLicence, department, ServiceItemOwnerLevel.DistrictDepartment, 5, 0, true, true, true, ["变更申请书"]),
        TestActors.Admin);

    private Task<ServiceApplication> Submit(ServiceItem item, IReadOnlyList<string> materials, bool inPerson) =>
        platform.PostAsync<ServiceApplication>(Applications, new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", materials, null, inPerson), TestActors.WindowClerk);
}
