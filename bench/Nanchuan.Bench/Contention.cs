using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Marten;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Domain;
using Npgsql;

namespace Nanchuan.Bench;

/// <summary>S6 for one app: goodput, 409s retried, and whether the contended stream's versions came out 1..n.</summary>
public sealed record ContentionResult(string Target, string Stream, int Writers, int Succeeded, int Conflicts, double Seconds, long Events, bool VersionsGapFree, string Check)
{
    public double Goodput => Succeeded / Seconds;
}

/// <summary>
/// S6: sixteen writers on one stream, each retrying on 409 until its appends succeed. On the platform the contended
/// stream is Grievances' assignment-slip ledger (every assignment appends to it: gap-free slip numbers); on the raw
/// baseline it is one stream appended with a read-then-conditional-write (optimistic concurrency by hand).
/// </summary>
public static class Contention
{
    public const int Writers = 16;
    /// <summary>Only a guard against a livelock: a writer among sixteen may lose many races in a row.</summary>
    private const int MaxAttempts = 1_000;

    public static async Task<ContentionResult> PlatformAsync(Testbed bed, AppProcess platform, IDocumentStore store, string connectionString, int appendsPerWriter, CancellationToken cancellation)
    {
        var ids = Enumerable.Range(0, Writers * appendsPerWriter).Select(_ => Guid.CreateVersion7()).ToArray();
        var now = DateTimeOffset.UtcNow;
        await using (var session = store.LightweightSession())
        {
            foreach (var id in ids) session.Events.StartStream<Grievance>(id, GrievanceHistories.Received(id, now.AddMinutes(-5)));
            await session.SaveChangesAsync(cancellation);
        }
        var ledger = AssignmentSlipLedger.StreamIdFor(now.ToOffset(TimeSpan.FromHours(8)).Year);
        var (succeeded, conflicts, seconds) = await DriveAsync(platform, bed.BusinessOfficeToken, Writers, appendsPerWriter,
            (writer, i) => ($"/api/grievances/{ids[writer * appendsPerWriter + i]}/assignment", Requests.Assign()), cancellation);

        var versions = await VersionsAsync(connectionString, "select version from events.mt_events where stream_id = $1 order by version", ledger);
        var slips = await ScalarAsync(connectionString,
            "select count(distinct data ->> 'slipNumber') from events.mt_events where type in ('grievance_assigned', 'grievance_assigned_v2') and stream_id = any($1)", ids);
        var gapFree = IsOneToN(versions) && slips == succeeded;
        return new ContentionResult(LoadScenarios.Platform, "assignment-slip ledger", Writers, succeeded, conflicts, seconds, versions.Count, gapFree,
            $"ledger versions 1..{versions.Count} without gap or duplicate: {IsOneToN(versions)}; distinct slip numbers {slips} = assignments {succeeded}");
    }

    public static async Task<ContentionResult> RawAsync(Testbed bed, AppProcess raw, string connectionString, int appendsPerWriter, CancellationToken cancellation)
    {
        var stream = Guid.CreateVersion7();
        var (succeeded, conflicts, seconds) = await DriveAsync(raw, bed.BusinessOfficeToken, Writers, appendsPerWriter,
            (_, _) => ($"/api/bench/streams/{stream}/appends", "{}"), cancellation);
        var versions = await VersionsAsync(connectionString, "select version from bench_raw.events where stream_id = $1 order by version", stream);
        var gapFree = IsOneToN(versions) && versions.Count == succeeded;
        return new ContentionResult(Baselines.Raw, "one stream", Writers, succeeded, conflicts, seconds, versions.Count, gapFree,
            $"versions 1..{versions.Count} without gap or duplicate: {IsOneToN(versions)}; events {versions.Count} = appends {succeeded}");
    }

    private static async Task<(int Succeeded, int Conflicts, double Seconds)> DriveAsync(AppProcess app, string token, int writers, int appendsPerWriter,
        Func<int, int, (string Path, string Body)> request, CancellationToken cancellation)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var succeeded = 0;
        var conflicts = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < appendsPerWriter; i++)
            {
                var (path, body) = request(writer, i);
                for (var attempt = 1; ; attempt++)
                {
                    using var response = await http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), cancellation);
                    if (response.IsSuccessStatusCode) { Interlocked.Increment(ref succeeded); break; }
                    if (response.StatusCode != HttpStatusCode.Conflict || attempt == MaxAttempts)
                        throw new InvalidOperationException($"{app.Name} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellation)}");
                    Interlocked.Increment(ref conflicts);
                }
            }
        }, cancellation)));
        return (succeeded, conflicts, clock.Elapsed.TotalSeconds);
    }

    private static bool IsOneToN(IReadOnlyList<long> versions) => versions.Select((v, i) => v == i + 1).All(ok => ok);

    private static async Task<IReadOnlyList<long>> VersionsAsync(string connectionString, string sql, Guid stream)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = stream });
        var versions = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) versions.Add(reader.GetInt64(0));
        return versions;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
