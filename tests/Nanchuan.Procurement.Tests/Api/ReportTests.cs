using Nanchuan.Procurement.Reports;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>The report tables: the spec's figures as SQL, the exports and access, and rebuild equals live.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class ReportTests(ProcurementHost platform)
{
    [Fact]
    public async Task Projects_by_method_the_random_award_share_and_the_exports_come_from_the_rows_and_rebuild_to_the_same()
    {
        platform.SetTime(Time("2025-10-09 10:00"));
        const string roads = "区交通运输委";
        await platform.PublishAsync(Project(60_000m, ProcurementMethods.PriceComparison, roads));
        var drawn = await platform.PublishAsync(Project(700_000m, department: roads));
        await platform.Post(Bidders[0], Route + $"/projects/{drawn.Id}/registrations", new Registration.RegisterBidderBody(null));
        platform.SetTime(Time("2025-10-20 10:00"));
        await platform.Post(Owner, Route + $"/projects/{drawn.Id}/award", new Awarding.AwardProjectBody(null, null, null));

        (await platform.SqlRowsAsync($"select method, value_band, projects, total_value::text, awarded from procurement.projects_by_method where quarter = '2025Q4' and department = '{roads}' order by method"))
            .ShouldBe(["priceComparison|from50ThousandTo500Thousand|1|60000.00|0", "randomDraw|from500ThousandTo2Million|1|700000.00|1"]);
        (await platform.SqlRowsAsync($"select awarded, awarded_by_draw, random_share_percent::text from procurement.random_award_share where quarter = '2025Q4' and department = '{roads}'"))
            .ShouldBe(["1|1|100.00"]);
        var csv = await (await platform.Get(DevelopmentReform, Route + "/reports/projects_by_method.csv")).ReadAsTextAsync();
        csv.ShouldContain(roads);
        await platform.Get(TestActors.Enterprise, Route + "/reports/project_rows.csv", 403);

        // Every fact table holds a row to rebuild: a draw of the quarter's checks, an incident and the bar it starts.
        await platform.Post(Department(roads), Route + "/checks", new Checks.DrawChecksRequest("2025Q4", null, null), 201);
        await platform.Post(Department(roads), Route + "/bidders/91500119MA5EF0C31G/incidents",
            new Credit.RecordIncidentBody("重庆南川造假建设有限公司", IncidentKind.FalseMaterials, new DateOnly(2025, 10, 15), drawn.Id, "提交虚假业绩证明"));
        (await platform.SqlRowsAsync("select kind, points, incidents, bidders from procurement.incidents_by_kind where month = '2025-10' and kind = 'falseMaterials'"))
            .ShouldBe(["falseMaterials|12|1|1"]);
        (await platform.SqlRowsAsync("select barred_until::text from procurement.bar_rows where credit_code = '91500119MA5EF0C31G'")).ShouldBe(["2026-04-20"]);

        await platform.ShouldRebuildToTheLiveRowsAsync<ProcurementReportProjection>(ProcurementReports.Catalog);
    }
}
