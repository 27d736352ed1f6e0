using System.Text.Json.Nodes;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.Grievances.Reporting;
using Nanchuan.Testing;
using Wolverine;

namespace Nanchuan.Platform.Tests;

public sealed class RecomputedReportHost() : ModuleHost(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Beijing));

/// <summary>
/// Issue 22 point 6, its leftover (ADR 0145): Grievances' monthly report, recomputed by a handler rather than projected, is
/// listed and rebuilt with the projections — by the Admin through the API and on the command line — and reads as live afterwards.
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

        // The command line: listed beside Marten's projections, rebuilt with each month shown; other projections are JasperFx's.
        var output = new StringWriter();
        (await RecomputedReportCommandLine.TryRunAsync(platform.Host.Services, ["list"], output)).ShouldBeNull();
        output.ToString().ShouldContain($"{Name}  Recomputed");
        await CorruptAsync();
        (await RecomputedReportCommandLine.TryRunAsync(platform.Host.Services, ["rebuild", "-p", Name], output)).ShouldBe(0);
        output.ToString().ShouldContain("2026-03: 2 rounds");
        (await Rows()).ShouldBe(live);
        (await RecomputedReportCommandLine.TryRunAsync(platform.Host.Services, ["rebuild", "-p", "GrievanceListItem"], output)).ShouldBeNull();
    }

    private Task CorruptAsync() => platform.ExecuteAsync(
        "update grievances.monthly_report set assigned_count = 99; insert into grievances.monthly_report (year, month, handling_unit_id) values (2020, 1, 'stray')");

    private async Task<List<string>> Rows() => (await platform.ReportRowsAsync([MonthlyReportTable.Table]))[Name];

    private static async Task<JsonObject> Json(Task<IScenarioResult> result) => JsonNode.Parse(await (await result).ReadAsTextAsync())!.AsObject();
}
