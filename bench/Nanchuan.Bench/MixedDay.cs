using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.DemoData.Seeding;
using Npgsql;

namespace Nanchuan.Bench;

/// <summary>One endpoint class of S12 (method and route, ids as <c>{x}</c>): its calls, failures and latency.</summary>
public sealed record MixedDayEndpoint(string Endpoint, long Requests, long Failures, double P50Ms, double P99Ms, double MaxMs);

/// <summary>
/// S12's outcome: the kinds of work started, every call by endpoint class, the deadline timers that fired while it ran, and
/// the first failures' answers.
/// </summary>
public sealed record MixedDayResult(
    double Load, double Seconds, double OfferedPerHour, long Flows, long FlowsFailed, long Requests, long Failures, long TimersFired,
    IReadOnlyList<MixedDayEndpoint> Endpoints, IReadOnlyList<string> FailureSamples);

/// <summary>One call of a run: when it was sent (seconds into the run), its endpoint class, how long it took, whether it succeeded.</summary>
public sealed record MixedDayCall(double AtSeconds, string Endpoint, double Ms, bool Ok);

/// <summary>
/// S12 (the issue's S11, "mixed day"; bench/README.md): an hour of every module at once at twice the district's busiest day,
/// through the REST API as the district's people. Each kind of work of <see cref="MixedDayMix"/> is started open loop (on its
/// schedule whether or not earlier ones have answered), evenly over the run with a random phase, at least once; the calls are
/// timed per endpoint class. S9's soak runs the same mix at half the load.
/// </summary>
internal static class MixedDay
{
    public static async Task<(MixedDayResult Result, IReadOnlyList<MixedDayCall> Calls)> RunAsync(
        MixedDayContext context, TimingHandler timing, string connectionString, double load, int seconds, CancellationToken cancellation)
    {
        var starts = MixedDayMix.Flows
            .SelectMany(flow =>
            {
                var count = Math.Max(1, (int)Math.Round(flow.PerHour * load * seconds / 3600));
                var phase = Random.Shared.NextDouble();
                return Enumerable.Range(0, count).Select(k => (At: TimeSpan.FromSeconds((k + phase) * seconds / count), flow));
            })
            .OrderBy(s => s.At)
            .ToList();
        var startedAt = DateTimeOffset.UtcNow;
        timing.Restart();
        var clock = Stopwatch.StartNew();
        var running = new List<Task<bool>>(starts.Count);
        foreach (var (at, flow) in starts)
        {
            if (at > clock.Elapsed) await Task.Delay(at - clock.Elapsed, cancellation);
            running.Add(RunFlowAsync(flow, context, timing));
        }
        var failedFlows = (await Task.WhenAll(running)).Count(ok => !ok);
        var calls = timing.Calls.ToList();
        var endpoints = calls.GroupBy(c => c.Endpoint).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var ok = g.Where(c => c.Ok).Select(c => c.Ms).Order().ToList();
            return new MixedDayEndpoint(g.Key, g.LongCount(), g.LongCount(c => !c.Ok), BenchReport.Percentile(ok, 0.5), BenchReport.Percentile(ok, 0.99),
                ok.Count == 0 ? 0 : ok[^1]);
        }).ToList();
        var result = new MixedDayResult(load, clock.Elapsed.TotalSeconds, MixedDayMix.Flows.Sum(f => f.PerHour) * load, starts.Count, failedFlows,
            calls.Count, calls.Count(c => !c.Ok), await TimersFiredSinceAsync(connectionString, startedAt, cancellation), endpoints, timing.FailureSamples.ToList());
        return (result, calls);
    }

    /// <summary>Runs one case's steps; a refused or failed call (already filed by the timing handler) or any other error ends it.</summary>
    private static async Task<bool> RunFlowAsync(MixedDayFlow flow, MixedDayContext context, TimingHandler timing)
    {
        try
        {
            await flow.Run(context);
            return true;
        }
        catch (Exception e) when (e is DemoStepRefusedException or HttpRequestException or TaskCanceledException)
        {
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            timing.FailureSamples.Enqueue($"{flow.Name}: {e.GetType().Name} {e.Message}");
            return false;
        }
    }

    /// <summary>Deadline warnings and overdue facts recorded since the run began: what the timers did (every module names them so).</summary>
    private static async Task<long> TimersFiredSinceAsync(string connectionString, DateTimeOffset since, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select count(*) from {PlatformHosting.EventSchema}.mt_events where timestamp >= $1 and (type like '%overdue%' or type like '%warned%' or type like '%warning%')", connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = since });
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }
}

/// <summary>
/// Times every call DemoData's API client makes (body read included) and files it under its endpoint class: the method and
/// the path with every segment that is not a lower-case word (ids, codes, numbers, years, zones) as <c>{x}</c>.
/// </summary>
internal sealed partial class TimingHandler() : DelegatingHandler(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
{
    private Stopwatch _clock = Stopwatch.StartNew();

    public ConcurrentQueue<MixedDayCall> Calls { get; private set; } = new();
    public ConcurrentQueue<string> FailureSamples { get; private set; } = new();

    /// <summary>Forgets the calls so far (the preparation's) and counts time from now.</summary>
    public void Restart()
    {
        Calls = new ConcurrentQueue<MixedDayCall>();
        FailureSamples = new ConcurrentQueue<string>();
        _clock = Stopwatch.StartNew();
    }

    public static string EndpointOf(HttpMethod method, string path) =>
        $"{method} {string.Join('/', path.Split('/').Select(s => s.Length == 0 || Word().IsMatch(s) ? s : "{x}"))}";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var at = _clock.Elapsed.TotalSeconds;
        var endpoint = EndpointOf(request.Method, request.RequestUri!.AbsolutePath);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var ok = response.IsSuccessStatusCode;
            Calls.Enqueue(new MixedDayCall(at, endpoint, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok));
            if (!ok && FailureSamples.Count < 10)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                FailureSamples.Enqueue($"{endpoint}: {(int)response.StatusCode} {body[..Math.Min(400, body.Length)]}");
            }
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Calls.Enqueue(new MixedDayCall(at, endpoint, Stopwatch.GetElapsedTime(started).TotalMilliseconds, false));
            if (FailureSamples.Count < 10) FailureSamples.Enqueue($"{endpoint}: {e.GetType().Name} {e.Message}");
            throw;
        }
    }

    [GeneratedRegex("^[a-z][a-z.-]*$")]
    private static partial Regex Word();
}
