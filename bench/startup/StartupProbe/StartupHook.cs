using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;

/// <summary>
/// Loaded by the runtime before <c>Main</c> when named in <c>DOTNET_STARTUP_HOOKS</c> (the type must be global and named
/// so): writes to the file <c>NANCHUAN_STARTUP_PROBE</c> names one line per mark of the start — each assembly loaded, the
/// host's building and start (the hosting diagnostic events) and the first request — with the milliseconds since the
/// process started, the process's CPU milliseconds, the methods the JIT compiled so far and its time, allocated bytes and
/// the garbage collections so far (generations 0/1/2).
/// </summary>
internal static class StartupHook
{
    private static readonly object Gate = new();
    private static StreamWriter? _out;
    private static DateTime _processStart;
    private static int _requests;

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("NANCHUAN_STARTUP_PROBE") is not { Length: > 0 } path) return;
        _processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        _out = new StreamWriter(path) { AutoFlush = true };
        _out.WriteLine("ms\tcpu_ms\tjitted\tjit_ms\talloc_mb\tgcs\tthread\tmark");
        Mark("hook");
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Mark("load " + e.LoadedAssembly.GetName().Name);
        DiagnosticListener.AllListeners.Subscribe(new Listeners());
    }

    private static void Mark(string what)
    {
        if (_out is null) return;
        var ms = (DateTime.UtcNow - _processStart).TotalMilliseconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{ms:F0}\t{cpu:F0}\t{JitInfo.GetCompiledMethodCount()}\t{JitInfo.GetCompilationTime().TotalMilliseconds:F0}\t{GC.GetTotalAllocatedBytes() / 1048576.0:F1}\t{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}\t{Environment.CurrentManagedThreadId}\t{what}");
        lock (Gate) _out.WriteLine(line);
    }

    private sealed class Listeners : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name is "Microsoft.Extensions.Hosting" or "Microsoft.AspNetCore")
                listener.Subscribe(new Events(listener.Name), IsWanted);
        }
        public void OnCompleted() { }
        public void OnError(Exception error) { }

        private static bool IsWanted(string name) =>
            !name.StartsWith("Microsoft.AspNetCore.Hosting.HttpRequestIn", StringComparison.Ordinal) || Volatile.Read(ref _requests) < 3;
    }

    private sealed class Events(string source) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "Microsoft.AspNetCore.Hosting.BeginRequest") Interlocked.Increment(ref _requests);
            if (Volatile.Read(ref _requests) <= 3) Mark($"{source}: {value.Key}");
        }
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
