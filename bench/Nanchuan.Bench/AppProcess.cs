using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Nanchuan.Bench;

/// <summary>One app under test, run as its own process from its build output (never in the driver's process).</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private string? _allocations;

    private AppProcess(string name, Process process, string baseUrl)
    {
        Name = name;
        _process = process;
        BaseUrl = baseUrl;
    }

    public string Name { get; }
    public string BaseUrl { get; }
    /// <summary>The database the app was given (none for the minimal API).</summary>
    public string? Database { get; private init; }
    /// <summary>Process start to the first 2xx of its readiness endpoint.</summary>
    public TimeSpan StartedIn { get; private set; }

    public static async Task<AppProcess> StartAsync(string name, string dll, IDictionary<string, string> environment, CancellationToken cancellation)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["DOTNET_gcServer"] = "0";
        // Bytes allocated per request (bench/README.md): bench/requests/AllocationProbe loaded into the app as a startup hook.
        string? allocations = null;
        if (Environment.GetEnvironmentVariable("NANCHUAN_BENCH_ALLOCATION_HOOK") is { Length: > 0 } hook)
        {
            allocations = Path.Combine(Path.GetTempPath(), $"nanchuan-bench-{name}-{Guid.NewGuid():N}.allocated");
            start.Environment["DOTNET_STARTUP_HOOKS"] = hook;
            start.Environment["NANCHUAN_ALLOCATION_PROBE"] = allocations;
        }
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {name}");
        var database = environment.Where(e => e.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && e.Value.Length > 0)
            .Select(e => new NpgsqlConnectionStringBuilder(e.Value).Database).FirstOrDefault();
        var app = new AppProcess(name, process, baseUrl) { _allocations = allocations, Database = database };
        process.OutputDataReceived += (_, e) => app.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => app.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode}:\n{app.RecentOutput()}");
            if (clock.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException($"{name} not ready after 3 minutes:\n{app.RecentOutput()}");
            try
            {
                if ((await http.GetAsync($"{baseUrl}/health/ready", cancellation)).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested) { }
            await Task.Delay(25, cancellation);
        }
        app.StartedIn = clock.Elapsed;
        return app;
    }

    /// <summary>CPU time the process has used so far (user + system, all threads).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>
    /// Bytes the app has allocated so far, as its allocation probe last wrote them (every 250 ms: read it 300 ms after a
    /// run); null when the probe is not loaded.
    /// </summary>
    public long? AllocatedBytes() =>
        _allocations is not null && File.Exists(_allocations) ? long.Parse(File.ReadAllText(_allocations), System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Resident memory of the process now, in MiB.</summary>
    public double ResidentMegabytes()
    {
        _process.Refresh();
        return _process.WorkingSet64 / 1024d / 1024d;
    }

    public string RecentOutput()
    {
        lock (_output) return string.Join('\n', _output.TakeLast(40));
    }

    public async ValueTask DisposeAsync()
    {
        if (_process.HasExited) return;
        Process.Start("kill", ["-TERM", _process.Id.ToString()])?.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 200) _output.RemoveRange(0, 100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
