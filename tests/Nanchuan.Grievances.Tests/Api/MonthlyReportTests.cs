using System.Text;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Evaluating;
using Nanchuan.Grievances.Reading;
using Nanchuan.Grievances.Reporting;
using Nanchuan.Testing;
using Npgsql;
using Wolverine.Tracking;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Its own platform with one scenario, so the month's figures are exactly this scenario's.</summary>
public sealed class MarchReportScenario : GrievancesHost
{
    public Guid RequestId { get; private set; }

    /// <summary>
    /// March 2025: unsatisfied with 区市场监管局's handling, re-assigned to 区规划自然资源局, then satisfied and closed; the enterprise
    /// rates each round itself (不满意, then 非常满意).
    /// </summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.TrackAsync(async () =>
        {
            SetTime(GrievanceApi.At(2025, 3, 3, 9, 0));
            RequestId = (await this.Receive()).Id;
            SetTime(GrievanceApi.At(2025, 3, 3, 10, 0));
            await this.Assign(RequestId, ProblemType.General, TestActors.MarketRegulator.DepartmentId!);
            SetTime(GrievanceApi.At(2025, 3, 4, 10, 0));
            await this.Report(RequestId, GrievanceApi.At(2025, 3, 3, 15, 0));
            SetTime(GrievanceApi.At(2025, 3, 4, 11, 0));
            await this.Rate(RequestId, ServiceRating.Dissatisfied);
            SetTime(GrievanceApi.At(2025, 3, 5, 10, 0));
            await this.Evaluate(RequestId, satisfied: false);
            SetTime(GrievanceApi.At(2025, 3, 5, 14, 0));
            await this.Assign(RequestId, ProblemType.Simple, TestActors.Planner.DepartmentId!);
            SetTime(GrievanceApi.At(2025, 3, 6, 16, 0));
            await this.Report(RequestId, GrievanceApi.At(2025, 3, 6, 9, 0), TestActors.Planner);
            SetTime(GrievanceApi.At(2025, 3, 6, 17, 0));
            await this.Rate(RequestId, ServiceRating.VerySatisfied);
            SetTime(GrievanceApi.At(2025, 3, 7, 10, 0));
            await this.Evaluate(RequestId, satisfied: true);
            await this.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{RequestId}/closure", new CloseRequestBody(null));
        });
        await MonthlyReportRefreshedAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ReportingCollection : ICollectionFixture<MarchReportScenario>
{
    public const string Name = "grievances-reporting";
}

/// <summary>月度通报 from the projection, as JSON, CSV, XLSX and the SQL table, and the same after a rebuild from the events.</summary>
[Collection(ReportingCollection.Name)]
public sealed class MonthlyReportTests(MarchReportScenario platform)
{
    private const string Report = $"{GrievanceApi.Route}/reports/monthly?year=2025&month=3";
    private Guid RequestId => platform.RequestId;

    [Fact]
    public async Task An_unsatisfied_evaluation_and_its_reassignment_count_as_the_seed_defines()
    {
        var report = await platform.Get(TestActors.Supervisor, Report).Read<MonthlyReport>();

        var overall = report.Overall;
        overall.AssignedCount.ShouldBe(2);
        overall.ReassignmentCount.ShouldBe(1);
        overall.HandledCount.ShouldBe(2);
        overall.CompletionRate.ShouldBe(1m);
        overall.TimelinessRate.ShouldBe(1m);
        overall.EvaluationCount.ShouldBe(2);
        overall.SatisfiedEvaluationCount.ShouldBe(1);
        overall.SatisfactionRate.ShouldBe(0.5m);
        // Satisfied in the end, but not at the first evaluation: first-time satisfaction excludes it.
        overall.FirstEvaluationCount.ShouldBe(1);
        overall.FirstTimeSatisfiedCount.ShouldBe(0);
        overall.FirstTimeSatisfactionRate.ShouldBe(0m);
        overall.ClosedCount.ShouldBe(1);
        (overall.EnterpriseRatingCount, overall.EnterpriseGoodRatingCount, overall.EnterpriseSatisfactionRate).ShouldBe((2, 1, 0.5m));

        var market = report.ByHandlingUnit.Single(u => u.HandlingUnitId == "qu-shichangjianguanju");
        market.EvaluationCount.ShouldBe(1);
        market.SatisfactionRate.ShouldBe(0m);
        var planning = report.ByHandlingUnit.Single(u => u.HandlingUnitId == "qu-guihuaziranziyuanju");
        planning.SatisfactionRate.ShouldBe(1m);
        planning.ClosedCount.ShouldBe(1);
        (market.EnterpriseRatingCount, market.EnterpriseSatisfactionRate).ShouldBe((1, 0m));
        (planning.EnterpriseRatingCount, planning.EnterpriseSatisfactionRate).ShouldBe((1, 1m));
    }

    [Fact]
    public async Task The_sql_table_and_the_downloads_hold_the_same_figures()
    {
        var rows = await TableRows();
        rows.ShouldContain("2025|3||全部承办单位|2|2|2|2|1|1|0|1|0|1|2|1|1.0000|1.0000|0.5000|0.0000|0.5000|1.11");
        rows.Count(row => row.StartsWith("2025|3|")).ShouldBe(3);

        var csvBytes = await ReadBytes(await platform.Get(TestActors.BusinessOffice, Report.Replace("monthly?", "monthly.csv?")));
        csvBytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var csv = Encoding.UTF8.GetString(csvBytes[3..]);
        csv.ShouldStartWith("承办单位,承办量");
        csv.ShouldContain("全部承办单位,2,2,2,2,1,1,0,1,0,1,2,1,1,1,0.5,0,0.5,1.11");

        // The table itself through the platform's export: its key columns first, the same figures.
        var table = Encoding.UTF8.GetString(await ReadBytes(await platform.Get(TestActors.Supervisor, $"{GrievanceApi.Route}/reports/monthly_report.csv?month=2025-03")));
        table.ShouldContain("年,月,承办单位编号,承办单位,承办量");
        table.ShouldContain("2025,3,,全部承办单位,2,2,2,2,1,1,0,1,0,1,2,1,1.0000,1.0000,0.5000,0.0000,0.5000,1.11");
        await platform.Get(TestActors.MarketRegulator, $"{GrievanceApi.Route}/reports/monthly_report.csv", 403);

        var xlsx = await platform.Get(TestActors.BusinessOffice, Report.Replace("monthly?", "monthly.xlsx?"));
        var bytes = Encoding.ASCII.GetString(await ReadBytes(xlsx));
        bytes.ShouldStartWith("PK");
    }

    [Fact]
    public async Task The_sql_sums_of_the_rounds_contributions_equal_the_calculated_report_for_every_unit()
    {
        var report = await platform.Get(TestActors.BusinessOffice, Report).Read<MonthlyReport>();
        var expected = report.ByHandlingUnit.Prepend(report.Overall).Select(f => string.Join('|', new object?[]
        {
            2025, 3, f.HandlingUnitId ?? "", f.HandlingUnitName ?? "全部承办单位", f.AssignedCount, f.HandledCount, f.HandledWithinLimitCount, f.EvaluationCount,
            f.SatisfiedEvaluationCount, f.FirstEvaluationCount, f.FirstTimeSatisfiedCount, f.ReassignmentCount, f.OverdueCount, f.ClosedCount,
            f.EnterpriseRatingCount, f.EnterpriseGoodRatingCount, Rate(f.CompletionRate), Rate(f.TimelinessRate), Rate(f.SatisfactionRate),
            Rate(f.FirstTimeSatisfactionRate), Rate(f.EnterpriseSatisfactionRate), f.AverageHandlingWorkingDays?.ToString("F2", System.Globalization.CultureInfo.InvariantCulture),
        }));
        (await TableRows()).Where(row => row.StartsWith("2025|3|")).ShouldBe(expected, ignoreOrder: true);
        // Two rounds, each counting in March only: two contributions, summed.
        (await TableRows("grievances.monthly_report_round")).Count.ShouldBe(2);

        static string? Rate(decimal? rate) => rate?.ToString("F4", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Rebuilding_the_projections_from_the_events_gives_the_same_rows()
    {
        var store = platform.Host.Services.GetRequiredService<IDocumentStore>();
        var liveBoard = await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{RequestId}").Read<GrievanceDetails>();

        await platform.ShouldRebuildToTheLiveRowsAsync(MonthlyReportTable.Catalog, async () =>
        {
            await store.Advanced.RebuildSingleStreamAsync<Grievance>(RequestId);
            await platform.Host.InvokeMessageAndWaitAsync(new[] { new RefreshMonthlyReport(RequestId) });
        });

        var rebuilt = await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{RequestId}").Read<GrievanceDetails>();
        rebuilt.Rounds.ShouldBe(liveBoard.Rounds);
        rebuilt.Status.ShouldBe(GrievanceStatus.Closed);
    }

    private async Task<List<string>> TableRows(string table = "grievances.monthly_report")
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select * from {table} order by 1, 2, 3", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    private static async Task<byte[]> ReadBytes(Alba.IScenarioResult result)
    {
        using var buffer = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
