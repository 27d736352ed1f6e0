using System.Text;
using Alba;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.LandUse.Consultations;
using Nanchuan.LandUse.Domain.Reporting;
using Nanchuan.LandUse.Projects;
using Nanchuan.LandUse.Reports;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.LandUse.Tests.Api;

[Collection(LandUseCollection.Name)]
public sealed class ReportTests(LandUseHost platform)
{
    [Fact]
    public async Task The_overall_report_counts_completed_projects_against_the_baseline()
    {
        var code = (await platform.Start()).Code;
        await platform.Through(code, 7, platform.Today().AddMonths(-1));

        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/landuse/reports/overall");
            s.As(platform, TestActors.BusinessOffice);
        });
        var overall = await result.ReadAsJsonAsync<OverallReport>();
        overall.CompletedProjects.ShouldBeGreaterThanOrEqualTo(1);
        overall.StepsBefore.ShouldBe(13);
        overall.MaterialsInFileBefore.ShouldBe(36);
        overall.AverageSteps.ShouldBe(6m);
        overall.AverageMaterialsInFile.ShouldBe(12m);
        overall.Stages.Where(s => s.Stage is 3 or 4).ShouldAllBe(s => s.Trips == 0 && s.ApplicantMaterials == 0);
    }

    [Fact]
    public async Task The_stage_report_is_a_plain_sql_table_and_a_csv_and_xlsx_export()
    {
        var code = (await platform.Start()).Code;
        await platform.Through(code, 2, platform.Today().AddMonths(-1));

        var rows = await StageRows(code);
        rows.ShouldBe([$"{code}|1|0|0|3|3", $"{code}|2|1|1|1|5"]);

        var csv = await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/landuse/reports/stages/export?format=csv");
            s.As(platform, TestActors.Supervisor);
            s.ContentTypeShouldBe(TabularExport.CsvContentType);
        });
        var text = Encoding.UTF8.GetString(Bytes(csv));
        text.ShouldContain("项目代码,项目名称,供地方式,环节");
        text.ShouldContain($"{code},南川工业园区新材料产业园一期,transfer,2,土地出让合同,是,1,5,5,1,4,0,1,");

        var xlsx = await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/landuse/reports/stages/export?format=xlsx");
            s.As(platform, TestActors.BusinessOffice);
            s.ContentTypeShouldBe(TabularExport.XlsxContentType);
        });
        Bytes(xlsx).Take(2).ShouldBe("PK"u8.ToArray());

        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/landuse/reports/stages/export?format=pdf");
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(400);
        });
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/landuse/reports/overall");
            s.As(platform, TestActors.Enterprise);
            s.StatusCodeShouldBe(403);
        });
    }

    [Fact]
    public async Task Rebuilding_the_report_tables_from_the_events_gives_the_live_rows()
    {
        var code = (await platform.Start()).Code;
        await platform.Through(code, 7, platform.Today().AddMonths(-1));
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(LogConsultation.Example with { ProjectCode = code }).ToUrl("/api/landuse/consultations");
            s.As(platform, TestActors.WindowClerk);
        });
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new RecordWindowVisit(7, "领取不动产权证书")).ToUrl($"/api/landuse/projects/{code}/visits");
            s.As(platform, TestActors.WindowClerk);
        });
        await platform.ShouldRebuildToTheLiveRowsAsync<LandUseReportProjection>(LandUseReports.Catalog);
    }

    [Fact]
    public async Task Every_table_counts_in_the_month_of_its_event_and_exports_through_the_platform()
    {
        var code = (await platform.Start()).Code;
        await platform.Through(code, 2, platform.Today().AddMonths(-1));
        var month = $"{platform.Today():yyyy-MM}"; // the hand-ins are accepted now, on the platform's clock

        (await Query($"select month from landuse.stage_rows where project_code = '{code}' order by stage")).ShouldBe([month, month]);
        var csv = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/landuse/reports/stage_summary.csv?month={month}");
            s.As(platform, TestActors.Planner);
            s.ContentTypeShouldBe(TabularExport.CsvContentType);
        });
        var text = Encoding.UTF8.GetString(Bytes(csv));
        text.ShouldContain("月份,环节,受理数,办结数");
        text.ShouldContain($"{month},2,");
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/landuse/reports/stage_summary.csv");
            s.As(platform, TestActors.MarketRegulator);
            s.StatusCodeShouldBe(403);
        });
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/landuse/reports/consultation_rows.csv");
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(404);
        });
    }

    private static byte[] Bytes(IScenarioResult result)
    {
        using var copy = new MemoryStream();
        result.Context.Response.Body.CopyTo(copy);
        return copy.ToArray();
    }

    private async Task<List<string>> StageRows(string code) => await Query(
        $"select project_code || '|' || stage || '|' || applicant_materials || '|' || trips || '|' || materials_in_file || '|' || documents_on_file from landuse.stage_rows where project_code = '{code}' order by stage");

    private async Task<List<string>> Query(string sql)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
