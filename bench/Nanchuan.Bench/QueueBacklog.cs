using System.Diagnostics;
using Nanchuan.BuildingBlocks.Platform;
using Npgsql;

namespace Nanchuan.Bench;

/// <summary>
/// What S5 left behind (issue 21 point 6a, ADR 0177): the messages its requests cascaded into the platform's durable local
/// queues (the oversight contract, the monthly report's refresh) that were not handled yet when the load stopped, per queue,
/// and how long the queues took to drain after it. Scheduled messages (the deadlines' warnings and overdue notices, due in
/// days) are not a backlog and are not counted.
/// </summary>
public static class QueueBacklog
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Read right after the app's own last S5 run (<see cref="LoadCase.AfterLastRun"/>), before any other app's runs, so what
    /// it prints is the app's own backlog; the CPU and database work of the drain are given per request of that run.
    /// </summary>
    public static async Task ReportAsync(AppProcess app, string adminConnectionString, LoadResult lastRun, TextWriter log, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = app.Database }.ConnectionString);
        await connection.OpenAsync(cancellation);
        var counters = await DatabaseWork.ReadAsync(adminConnectionString, app.Database, cancellation);
        var cpu = app.CpuTime();
        var clock = Stopwatch.StartNew();
        var atEnd = await WaitingAsync(connection, cancellation);
        var waiting = atEnd.Values.Sum();
        while (waiting > 0 && clock.Elapsed < Limit)
        {
            await Task.Delay(250, cancellation);
            waiting = (await WaitingAsync(connection, cancellation)).Values.Sum();
        }
        var queues = atEnd.Count == 0 ? "none" : string.Join(", ", atEnd.Select(queue => $"{queue.Key} {queue.Value}"));
        var drained = waiting == 0 ? $"drained after {clock.Elapsed.TotalSeconds:F1} s" : $"{waiting} still waiting after {Limit.TotalMinutes:F0} min";
        var requests = Math.Max(lastRun.Requests, 1);
        var work = counters?.PerRequest(await DatabaseWork.ReadAsync(adminConnectionString, app.Database, cancellation), requests);
        log.WriteLine($"S5 {app.Name}: backlog when the load stopped: {queues}; {drained}; per request of the last run the drain took " +
            $"{(app.CpuTime() - cpu).TotalMilliseconds / requests:F2} ms app CPU{(work is null ? "" : $", {work}")}");
    }

    private static async Task<Dictionary<string, long>> WaitingAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"select received_at, count(*) from {PlatformHosting.MessagingSchema}.wolverine_incoming_envelopes where status = 'Incoming' group by received_at order by 1",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var waiting = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellation)) waiting[reader.IsDBNull(0) ? "?" : reader.GetString(0)] = reader.GetInt64(1);
        return waiting;
    }
}
