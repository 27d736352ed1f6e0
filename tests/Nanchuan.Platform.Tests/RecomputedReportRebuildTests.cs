using System.Diagnostics;
using System.Text.Json.Nodes;
using Alba;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.Grievances.Reporting;
using Nanchuan.Testing;
using Wolverine;

namespace Nanchuan.Platform.Tests;

public sealed class RecomputedReportHost() : ModuleHost(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Beijing));

/// <summary>
/// Issue 22 point 6, its leftover (ADR 0145): Grievances' monthly report, recomputed by a handler rather than projected, is
/// listed and rebuilt with the projections — by the Admin through the API and on the command line — and reads as live afterwards.
/// The built Host run as an operator runs it lists every projection and report table and rebuilds through the Admin's path,
/// erasure counts included (ADR 0151).
/// </summary>
public sealed class RecomputedReportRebuildTests(RecomputedReportHost platform) : IClassFixture<RecomputedReportHost>
{
    private const string Route = "/api/admin/projections";
    private const string Name = "grievances.monthly_report";

    [Fact]
    public async Task The_monthly_report_is_listed_and_rebuilt_by_the_admin_and_on_the_command_line_to_the_live_figures()
    {
        for (var i = 0; i < 2; i++)
        {
            var id = (await Json(platform.Post(TestActors.Enterprise, "/api/grievances", new
            {
                channel = "platform", enterpriseName = TestActors.Enterprise.Name, creditCode = TestActors.Enterprise.CreditCode,
                contactPerson = "李明", phone = "13800000001", content = $"月度通报重建测试 {i}：园区道路照明不足",
            }, 201)))["id"]!.GetValue<Guid>();
            await platform.Post(TestActors.BusinessOffice, $"/api/grievances/{id}/assignment", new { problemType = "general", handlingUnitId = "qu-shichangjianguanju" });
        }
        var marker = new RefreshMonthlyReport(Guid.NewGuid());
        await platform.Host.TrackAsync((IMessageContext bus) => bus.PublishAsync(marker).AsTask(),
            tracking => tracking.WaitForExecutionOf<RefreshMonthlyReport[]>(batch => batch.Contains(marker)));
        var live = await Rows();
        live.ShouldContain(row => row.StartsWith("(2026,3,") && row.Contains("全部承办单位,2,"), string.Join("\n", live));

        var listed = JsonNode.Parse(await (await platform.Get(TestActors.Admin, Route)).ReadAsTextAsync())!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == Name)!;
        listed["lifecycle"]!.GetValue<string>().ShouldBe(ProjectionRebuilds.Recomputed);

        // The Admin's rebuild: a bug's wrong figures and a stray month are replaced by the recomputation.
        await CorruptAsync();
        await platform.Scenario(s =>
        {
            s.Post.Url($"{Route}/{Name}/rebuild");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(202);
        });
        await platform.Host.Services.GetRequiredService<ProjectionRebuilds>().WhenFinished(Name);
        (await Rows()).ShouldBe(live);
        var status = JsonNode.Parse(await (await platform.Get(TestActors.Admin, Route)).ReadAsTextAsync())!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == Name)!;
        (status["state"]!.GetValue<string>(), status["startedBy"]!.GetValue<string>()).ShouldBe(("idle", TestActors.Admin.Name), status.ToJsonString());

        // The command line: listed beside Marten's projections, rebuilt with each month shown; an unknown name is refused.
        var output = new StringWriter();
        (await ProjectionCommandLine.TryRunAsync(platform.Host.Services, ["list"], output)).ShouldBe(0);
        output.ToString().ShouldContain($"{Name}  Recomputed");
        await CorruptAsync();
        (await ProjectionCommandLine.TryRunAsync(platform.Host.Services, ["rebuild", "-p", Name], output)).ShouldBe(0);
        output.ToString().ShouldContain("2026-03: 2 rounds");
        (await Rows()).ShouldBe(live);
        (await ProjectionCommandLine.TryRunAsync(platform.Host.Services, ["rebuild", "-p", "grievances.no_such_table"], output)).ShouldBe(1);
        output.ToString().ShouldContain("there is no projection named 'grievances.no_such_table'");
        (await ProjectionCommandLine.TryRunAsync(platform.Host.Services, ["run"], output)).ShouldBeNull();
    }

    [Fact]
    public async Task The_host_run_as_a_process_lists_everything_and_rebuilds_to_the_live_rows_keeping_an_erased_cases_tag()
    {
        const string phone = "13800046151";
        var id = Guid.Empty;
        await platform.Host.TrackAsync(async () => id = (await Json(platform.Post(TestActors.Enterprise, "/api/grievances", new
        {
            channel = "platform", enterpriseName = TestActors.Enterprise.Name, creditCode = TestActors.Enterprise.CreditCode,
            contactPerson = "周敏", phone, content = "命令行重建测试：园区排水沟堵塞",
        }, 201)))["id"]!.GetValue<Guid>());
        await platform.Post(TestActors.Admin, "/api/admin/personal-data/erasures",
            new { identifier = phone, legalBasis = "consentWithdrawn", requestReference = "南川个保删〔2026〕7号" }, 201);
        var tag = (await platform.Get(TestActors.BusinessOffice, $"/api/grievances/{id}")).Context.Response.Headers.ETag.ToString();
        tag.ShouldEndWith(".1\"");

        var (listed, listing) = await RunHostAsync("projections", "list");
        listed.ShouldBe(0, listing);
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var reportTables = platform.Services.GetRequiredService<IReadOnlyList<INanchuanModule>>().SelectMany(m => m.Reports?.Tables ?? []).ToList();
        foreach (var name in store.Options.Events.Projections().Select(p => p.Name).Append(Name).Concat(reportTables.Select(t => t.QualifiedName)))
            listing.ShouldContain($"\n{name}  ", customMessage: listing);

        // A bug's wrong rows: the oversight tables emptied and the erased case's count lost, both put right by one process.
        var oversight = reportTables.Where(t => t.Schema == "oversight").ToList();
        var live = await platform.ReportRowsAsync(oversight);
        live.Values.ShouldContain(rows => rows.Count > 0);
        await platform.ExecuteAsync($"truncate {string.Join(", ", oversight.Where(t => !t.IsView).Select(t => t.QualifiedName))}; " +
                                    "update grievances.mt_doc_grievance set data = jsonb_set(data, '{personalDataErasures}', '0')");
        var projection = store.Options.Events.Projections().Select(p => p.Name).Single(name => name.EndsWith("OversightReportProjection"));
        var (rebuilt, output) = await RunHostAsync("projections", "rebuild", "-p", "Grievance", "-p", projection);
        rebuilt.ShouldBe(0, output);
        output.ShouldContain($"\n{projection} rebuilt in ", customMessage: output);
        var after = await platform.ReportRowsAsync(oversight);
        foreach (var (table, rows) in live) after[table].ShouldBe(rows, $"{table} after the command line's rebuild");
        (await platform.Get(TestActors.BusinessOffice, $"/api/grievances/{id}")).Context.Response.Headers.ETag.ToString().ShouldBe(tag);
    }

    /// <summary>`dotnet Nanchuan.Host.dll ARGS` from the Host's build output, in Development, on this test's database.</summary>
    private async Task<(int ExitCode, string Output)> RunHostAsync(params string[] arguments)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "Nanchuan.Host.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Prepend(host)) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Nanchuan"] = platform.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, "\n" + await output + await errors);
    }

    private Task CorruptAsync() => platform.ExecuteAsync(
        "update grievances.monthly_report set assigned_count = 99; insert into grievances.monthly_report (year, month, handling_unit_id) values (2020, 1, 'stray')");

    private async Task<List<string>> Rows() => (await platform.ReportRowsAsync([MonthlyReportTable.Table]))[Name];

    private static async Task<JsonObject> Json(Task<IScenarioResult> result) => JsonNode.Parse(await (await result).ReadAsTextAsync())!.AsObject();
}
