using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

/// <summary>
/// Loaded by the runtime before <c>Main</c> when named in <c>DOTNET_STARTUP_HOOKS</c> (the type must be global and named
/// so): every 250 ms, <c>GC.GetTotalAllocatedBytes(precise: true)</c> goes to the file <c>NANCHUAN_ALLOCATION_PROBE</c> names.
/// Its own allocations (one short string a tick) are a few kilobytes a second, far below a request load's.
/// With <c>NANCHUAN_ALLOCATION_TYPES</c> set to a folder, the runtime's allocation ticks (one about every 100 KB allocated,
/// naming the type of the object that crossed the mark) are also counted per type and written there as
/// <c>&lt;pid&gt;.types</c> (ticks, type): a type's share of the ticks is its share of the bytes, which is what tells where
/// one app allocates more per request than another (bench/RESULTS.md, 2026-12-05 (e)).
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("NANCHUAN_ALLOCATION_PROBE") is not { Length: > 0 } path) return;
        var types = Environment.GetEnvironmentVariable("NANCHUAN_ALLOCATION_TYPES") is { Length: > 0 } folder
            ? new AllocationTicks(Path.Combine(folder, Environment.ProcessId + ".types"))
            : null;
        new Thread(() =>
        {
            var next = path + ".next";
            while (true)
            {
                File.WriteAllText(next, GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture));
                File.Move(next, path, overwrite: true);
                types?.Write();
                Thread.Sleep(250);
            }
        }) { IsBackground = true, Name = "allocation probe" }.Start();
    }
}

/// <summary>The runtime's <c>GCAllocationTick</c> events counted by type name (GC keyword, verbose level).</summary>
internal sealed class AllocationTicks(string file) : EventListener
{
    private readonly ConcurrentDictionary<string, int> _ticks = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is null) return;
        var at = e.PayloadNames.IndexOf("TypeName");
        if (at >= 0 && e.Payload?[at] is string type) _ticks.AddOrUpdate(type, 1, (_, n) => n + 1);
    }

    public void Write()
    {
        if (_ticks.IsEmpty) return;
        File.WriteAllLines(file + ".next", _ticks.OrderByDescending(t => t.Value).Select(t => $"{t.Value}\t{t.Key}"));
        File.Move(file + ".next", file, overwrite: true);
    }
}
