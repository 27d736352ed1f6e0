using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Marten;
using Nanchuan.Grievances.Domain;
using Npgsql;

namespace Nanchuan.Bench;

public sealed record LagResult(int Probes, double P50Ms, double P99Ms, double MaxMs, long HandlingRounds);

/// <summary>
/// The second half of S7: projection lag under load. The Grievances read models are inline (no lag by construction); its one
/// asynchronous read model is the monthly-report table (<c>grievances.monthly_report</c>), refreshed by a durable local
/// message after each assignment. While S9's load runs, an assignment is made every two seconds and the time from its 2xx
/// to the table counting it is measured. The probe's unit (<see cref="GrievanceHistories.HandlingUnitId"/>) is counted alone: S9's mix
/// assigns requests to other units.
/// </summary>
public static class ProjectionLag
{
    /// <summary>Issue 21 point 4: the lag's p99 under a second at half load.</summary>
    public const double GoalSeconds = 1;

    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    public static async Task<LagResult> RunAsync(Testbed bed, AppProcess platform, IDocumentStore store, string connectionString, int seconds, CancellationToken cancellation)
    {
        var probes = Math.Max(1, (int)(seconds / Every.TotalSeconds) - 1);
        var ids = Enumerable.Range(0, probes).Select(_ => Guid.CreateVersion7()).ToArray();
        await using (var session = store.LightweightSession())
        {
            foreach (var id in ids) session.Events.StartStream<Grievance>(id, GrievanceHistories.Received(id, DateTimeOffset.UtcNow.AddMinutes(-5)));
            await session.SaveChangesAsync(cancellation);
        }
        using var http = new HttpClient { BaseAddress = new Uri(platform.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bed.BusinessOfficeToken);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var counted = await AssignedThisMonthAsync(dataSource, month, cancellation);

        var lags = new List<double>();
        var clock = Stopwatch.StartNew();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var due = Every * (i + 1);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed, cancellation);
            using var response = await http.PostAsync($"/api/grievances/{id}/assignment", new StringContent(Requests.Assign(), Encoding.UTF8, "application/json"), cancellation);
            response.EnsureSuccessStatusCode();
            var answered = Stopwatch.GetTimestamp();
            counted++;
            while (await AssignedThisMonthAsync(dataSource, month, cancellation) < counted)
            {
                if (Stopwatch.GetElapsedTime(answered) > TimeSpan.FromMinutes(1)) throw new TimeoutException("the monthly report did not count an assignment within a minute");
                await Task.Delay(5, cancellation);
            }
            lags.Add(Stopwatch.GetElapsedTime(answered).TotalMilliseconds);
        }
        await using var rows = dataSource.CreateCommand("select coalesce(sum(jsonb_array_length(data -> 'rounds')), 0) from grievances.mt_doc_grievance");
        var sorted = lags.Order().ToList();
        return new LagResult(sorted.Count, BenchReport.Median(sorted), BenchReport.Percentile(sorted, 0.99), sorted[^1],
            (long)(await rows.ExecuteScalarAsync(cancellation))!);
    }

    private static async Task<long> AssignedThisMonthAsync(NpgsqlDataSource dataSource, DateTimeOffset month, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand(
            "select coalesce(sum(assigned_count), 0) from grievances.monthly_report where year = $1 and month = $2 and handling_unit_id = $3");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = month.Year });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = month.Month });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = GrievanceHistories.HandlingUnitId });
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation));
    }
}
