using System.Diagnostics;
using System.Text.Json;

namespace Nanchuan.Bench;

/// <summary>
/// What wrk measured in one run: successful requests per second (goodput) and latency percentiles; <c>AppCpuMs</c> is the
/// CPU time the app's process spent during the run (user + system), which load on the machine inflates less than wall time;
/// <c>Database</c> what it asked of PostgreSQL per request.
/// </summary>
public sealed record LoadResult(long Requests, long Failures, double Seconds, double P50Ms, double P99Ms, double AppCpuMs = 0, double? AppAllocatedBytes = null,
    DatabaseWork? Database = null)
{
    public double Throughput => (Requests - Failures) / Seconds;
    public double AppCpuMsPerRequest => Requests > 0 ? AppCpuMs / Requests : 0;
    public double? AppKibPerRequest => Requests > 0 ? AppAllocatedBytes / 1024 / Requests : null;
}

/// <summary>
/// Drives an endpoint with wrk (https://github.com/wg/wrk, Debian package `wrk`). Paths come from a file, one per line;
/// each wrk thread takes every n-th line, so with as many lines as requests every request gets a path of its own
/// (needed by commands that a case accepts only once). A line may carry an entity tag after a tab: that request is a
/// conditional GET (<c>If-None-Match</c>, S3's half-conditional variant); 304 counts as success.
/// </summary>
public sealed class Wrk(string workDirectory)
{
    private const string Script = """
        -- Written by bench/Nanchuan.Bench (Wrk.cs). args: paths file, thread count, method, body, bearer token.
        local paths = {}
        local tags = {}
        local threads = 0
        function setup(thread)
          thread:set("tid", threads)
          threads = threads + 1
        end
        function init(args)
          for line in io.lines(args[1]) do
            local path, tag = line:match("^([^\t]*)\t?(.*)$")
            paths[#paths + 1] = path
            tags[#tags + 1] = tag
          end
          step = tonumber(args[2])
          index = tid + 1
          wrk.method = args[3]
          if args[4] ~= "" then wrk.body = args[4] end
          wrk.headers["Content-Type"] = "application/json"
          wrk.headers["Authorization"] = "Bearer " .. args[5]
        end
        function request()
          local i = ((index - 1) % #paths) + 1
          index = index + step
          if tags[i] ~= "" then wrk.headers["If-None-Match"] = tags[i] else wrk.headers["If-None-Match"] = nil end
          return wrk.format(nil, paths[i])
        end
        function done(summary, latency, requests)
          local e = summary.errors
          io.write(string.format('WRK-RESULT {"requests":%d,"durationUs":%d,"failures":%d,"p50Us":%d,"p99Us":%d}\n',
            summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
            latency:percentile(50), latency:percentile(99)))
        end
        """;

    private int _runs;

    public async Task<LoadResult> RunAsync(string baseUrl, string method, IReadOnlyList<string> paths, string? body, string token,
        int clients, int seconds, CancellationToken cancellation)
    {
        Directory.CreateDirectory(workDirectory);
        var script = Path.Combine(workDirectory, "nanchuan.lua");
        if (!File.Exists(script) || await File.ReadAllTextAsync(script, cancellation) != Script) await File.WriteAllTextAsync(script, Script, cancellation);
        var pathsFile = Path.Combine(workDirectory, $"paths-{Interlocked.Increment(ref _runs)}.txt");
        await File.WriteAllLinesAsync(pathsFile, paths, cancellation);
        var threads = Math.Min(clients, Environment.ProcessorCount);

        var start = new ProcessStartInfo("wrk",
        [
            "-t", threads.ToString(), "-c", clients.ToString(), "-d", $"{seconds}s", "--timeout", "10s", "-s", script, baseUrl,
            "--", pathsFile, threads.ToString(), method, body ?? "", token,
        ]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk could not be started (apt-get install wrk)");
        var output = await process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = await process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        File.Delete(pathsFile);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("WRK-RESULT ", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"wrk gave no result (exit {process.ExitCode}): {output}{errors}");
        var result = JsonDocument.Parse(line["WRK-RESULT ".Length..]).RootElement;
        return new LoadResult(
            result.GetProperty("requests").GetInt64(),
            result.GetProperty("failures").GetInt64(),
            result.GetProperty("durationUs").GetInt64() / 1e6,
            result.GetProperty("p50Us").GetInt64() / 1e3,
            result.GetProperty("p99Us").GetInt64() / 1e3);
    }
}
