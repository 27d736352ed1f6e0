using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Nanchuan.Bench;

public sealed record SoakMinute(int Minute, long Requests, long Failures, double P50Ms, double P99Ms, double ResidentMb);

public sealed record SoakResult(double TargetRate, double Seconds, IReadOnlyList<SoakMinute> Minutes)
{
    public double P99DriftRatio => Minutes.Count < 2 ? 1 : Minutes[^1].P99Ms / Math.Max(0.001, Minutes[0].P99Ms);
}

/// <summary>
/// S9: requests lodged (S5's command) at a fixed rate of half the platform's S5 throughput, open loop (a request is
/// sent on schedule whether or not earlier ones have answered), for the soak time; latency percentiles and the
/// platform's resident memory per minute (per interval of a sixth of the run when it is shorter than six minutes).
/// </summary>
public static class Soak
{
    public static async Task<SoakResult> RunAsync(Testbed bed, AppProcess platform, double rate, int seconds, TextWriter log, CancellationToken cancellation)
    {
        var interval = seconds >= 360 ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(Math.Max(1, seconds / 6.0));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(platform.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bed.EnterpriseToken);
        var body = Requests.Receive();
        var buckets = new List<(List<double> Latencies, long Failures, double Memory)>();
        var pending = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = TimeSpan.FromSeconds(seconds);
        long sent = 0;
        while (clock.Elapsed < total)
        {
            var bucket = (int)(clock.Elapsed / interval);
            while (buckets.Count <= bucket) buckets.Add(([], 0, platform.ResidentMegabytes()));
            var due = TimeSpan.FromSeconds(sent / rate);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed, cancellation);
            sent++;
            pending.Add(SendAsync(http, body, bucket, buckets));
            if (pending.Count > 10_000) pending.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(pending);
        var minutes = buckets.Select((b, i) =>
        {
            var sorted = b.Latencies.Order().ToList();
            return new SoakMinute(i + 1, sorted.Count, b.Failures, BenchReport.Percentile(sorted, 0.50), BenchReport.Percentile(sorted, 0.99), b.Memory);
        }).ToList();
        foreach (var m in minutes) log.WriteLine($"S9 interval {m.Minute}: {m.Requests} requests, p50 {m.P50Ms:F1} ms, p99 {m.P99Ms:F1} ms, {m.ResidentMb:F0} MB, failures {m.Failures}");
        return new SoakResult(rate, clock.Elapsed.TotalSeconds, minutes);
    }

    private static async Task SendAsync(HttpClient http, string body, int bucket, List<(List<double> Latencies, long Failures, double Memory)> buckets)
    {
        var started = Stopwatch.GetTimestamp();
        var ok = false;
        try
        {
            using var response = await http.PostAsync("/api/grievances", new StringContent(body, Encoding.UTF8, "application/json"));
            ok = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException) { }
        catch (TaskCanceledException) { }
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        lock (buckets)
        {
            var b = buckets[bucket];
            if (ok) b.Latencies.Add(elapsed);
            else buckets[bucket] = (b.Latencies, b.Failures + 1, b.Memory);
        }
    }
}
