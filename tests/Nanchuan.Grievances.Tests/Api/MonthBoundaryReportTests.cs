using Nanchuan.Grievances.Domain;
using Nanchuan.Testing;
using Npgsql;
using Wolverine.Tracking;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// A refresh reads only the rounds of the months concerned (bench/RESULTS.md, S7 lag), so the month edges must be exact in
/// Beijing time: 2025-04-01 07:00 in Beijing is still March in UTC, and counts in April.
/// </summary>
public sealed class MonthBoundaryReportTests : IAsyncLifetime
{
    private readonly GrievancesHost platform = new();

    public Task InitializeAsync() => platform.InitializeAsync();

    public Task DisposeAsync() => platform.DisposeAsync();

    [Fact]
    public async Task Rounds_count_in_the_Beijing_month_of_each_step_and_the_table_holds_the_same()
    {
        await platform.Host.TrackAsync(async () =>
        {
            platform.SetTime(GrievanceApi.At(2025, 3, 31, 9, 0));
            var assignedInMarch = (await platform.Receive()).Id;
            platform.SetTime(GrievanceApi.At(2025, 3, 31, 17, 0));
            await platform.Assign(assignedInMarch);
            var assignedInApril = (await platform.Receive()).Id;
            platform.SetTime(GrievanceApi.At(2025, 4, 1, 7, 0));
            await platform.Assign(assignedInApril);
            platform.SetTime(GrievanceApi.At(2025, 4, 1, 10, 0));
            await platform.Report(assignedInMarch, GrievanceApi.At(2025, 4, 1, 9, 0));
            platform.SetTime(GrievanceApi.At(2025, 4, 1, 11, 0));
            await platform.Evaluate(assignedInMarch, satisfied: true);
        });
        await platform.MonthlyReportRefreshedAsync();

        var march = (await platform.Get(TestActors.Supervisor, $"{GrievanceApi.Route}/reports/monthly?year=2025&month=3").Read<MonthlyReport>()).Overall;
        (march.AssignedCount, march.HandledCount, march.EvaluationCount).ShouldBe((1, 1, 0));
        var april = (await platform.Get(TestActors.Supervisor, $"{GrievanceApi.Route}/reports/monthly?year=2025&month=4").Read<MonthlyReport>()).Overall;
        (april.AssignedCount, april.HandledCount, april.EvaluationCount, april.SatisfiedEvaluationCount).ShouldBe((1, 0, 1, 1));

        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select year || '-' || month || ':' || assigned_count || '/' || evaluation_count from grievances.monthly_report where handling_unit_id = '' order by month",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var table = new List<string>();
        while (await reader.ReadAsync()) table.Add(reader.GetString(0));
        table.ShouldBe(["2025-3:1/0", "2025-4:1/1"]);
    }
}
