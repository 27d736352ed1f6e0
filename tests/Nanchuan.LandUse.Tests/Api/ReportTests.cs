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
        text.ShouldContain($"{code},南川工业园区新材料产业园一期,Transfer,2,土地出让合同,是,1,5,5,1,4,0,1,");

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
        var live = await AllRows();
        live.ShouldContain(r => r.StartsWith($"{code}|7|"));

        await Execute("truncate landuse.project_rows, landuse.stage_rows, landuse.consultation_rows, landuse.visit_rows");
        (await AllRows()).ShouldBeEmpty();
        var store = platform.Host.Services.GetRequiredService<IDocumentStore>();
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<ReportTables>(CancellationToken.None);

        (await AllRows()).ShouldBe(live);
    }

    private static byte[] Bytes(IScenarioResult result)
    {
        using var copy = new MemoryStream();
        result.Context.Response.Body.CopyTo(copy);
        return copy.ToArray();
    }

    private async Task<List<string>> StageRows(string code) => await Query(
        $"select project_code || '|' || stage || '|' || applicant_materials || '|' || trips || '|' || materials_in_file || '|' || documents_on_file from landuse.stage_rows where project_code = '{code}' order by stage");

    private async Task<List<string>> AllRows() =>
    [
        .. await Query("select project_code || '|' || stage || '|' || applicant_materials || '|' || trips || '|' || documents_on_file || '|' || adapter_calls || '|' || accepted_at || '|' || coalesce(completed_at::text, '') || '|' || coalesce(working_days::text, '') from landuse.stage_rows order by project_code, stage"),
        .. await Query("select project_code || '|' || project_name || '|' || credit_code || '|' || started_at from landuse.project_rows order by project_code"),
        .. await Query("select visit_id || '|' || project_code || '|' || coalesce(stage::text, '') || '|' || purpose || '|' || at from landuse.visit_rows order by visit_id"),
        .. await Query("select consultation_id || '|' || channel || '|' || coalesce(project_code, '') || '|' || at from landuse.consultation_rows order by consultation_id"),
    ];

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

    private async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
