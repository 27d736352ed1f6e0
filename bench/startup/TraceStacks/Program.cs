using System.Globalization;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// Reads a dotnet-trace of one start (docs/adr/0211). Take the trace with the app suspended until the tracer is attached:
//   dotnet-trace collect --diagnostic-port /tmp/dp.sock --clrevents jit+loader --clreventlevel verbose \
//     [--profile dotnet-sampled-thread-time] -o start.nettrace &
//   DOTNET_DiagnosticPorts=/tmp/dp.sock dotnet Nanchuan.Host.dll …   (stop it after its first answer)
// Then:
//   jit <trace> <until-ms>                  methods the JIT compiled before <until-ms>, by the first frame above them that is
//                                           not the framework's plumbing, with the JIT's wall time (load stretches it)
//   stacks <trace> <until-ms> <name part>   the call stacks of the compiled methods whose name contains <name part>
//   cpu <trace> <until-ms> [<frame part>]   samples of running threads (leaf not a wait) per method, inclusive, of the stacks
//                                           that contain <frame part> (e.g. Program.<Main> for the main thread)
// <until-ms> is the trace's clock: the first request's time, e.g. the first compiled method of Kestrel's Http1Connection.
if (args is not [var mode, var path, var untilText, ..] || !double.TryParse(untilText, CultureInfo.InvariantCulture, out var until))
{
    Console.Error.WriteLine("usage: jit|stacks|cpu <trace.nettrace> <until-ms> [<name part>]");
    return 2;
}
var filter = args.Length > 3 ? args[3] : "";
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(path));
switch (mode)
{
    case "jit": Jit(log, until); break;
    case "stacks": Stacks(log, until, filter); break;
    case "cpu": Cpu(log, until, filter); break;
    default: Console.Error.WriteLine($"unknown mode {mode}"); return 2;
}
return 0;

static List<string> Frames(TraceEvent e)
{
    var frames = new List<string>();
    for (var frame = e.CallStack(); frame != null; frame = frame.Caller)
    {
        var name = frame.CodeAddress.FullMethodName;
        if (string.IsNullOrEmpty(name)) name = frame.CodeAddress.ModuleName + "!?";
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        frames.Add(parameters > 0 ? name[..parameters] : name);
    }
    return frames;
}

static void Jit(TraceLog log, double until)
{
    string[] plumbing = ["System.", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Options", "Microsoft.Extensions.Hosting.Internal",
        "Microsoft.Extensions.Internal", "Microsoft.Extensions.Primitives", "dynamicClass", "!?"];
    var started = new Dictionary<long, (double At, string Owner)>();
    var byOwner = new Dictionary<string, (int Count, double Ms)>();
    var byTier = new Dictionary<string, int>();
    foreach (var e in log.Events)
    {
        if (e.TimeStampRelativeMSec > until) break;
        if (e is MethodJittingStartedTraceData jitting)
            started[jitting.MethodID] = (e.TimeStampRelativeMSec,
                Frames(e).FirstOrDefault(f => !plumbing.Any(p => f.StartsWith(p, StringComparison.Ordinal) || f.EndsWith(p, StringComparison.Ordinal))) ?? "(framework only)");
        else if (e is MethodLoadUnloadVerboseTraceData loaded && started.Remove(loaded.MethodID, out var start))
        {
            var tier = loaded.OptimizationTier.ToString();
            byTier[tier] = byTier.GetValueOrDefault(tier) + 1;
            var sum = byOwner.GetValueOrDefault(start.Owner);
            byOwner[start.Owner] = (sum.Count + 1, sum.Ms + e.TimeStampRelativeMSec - start.At);
        }
    }
    Console.WriteLine(string.Join(", ", byTier.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value}")));
    foreach (var (owner, sum) in byOwner.OrderByDescending(o => o.Value.Ms).Take(80))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sum.Count,6} {sum.Ms,8:F1} ms  {owner}"));
}

static void Stacks(TraceLog log, double until, string filter)
{
    foreach (var e in log.Events)
    {
        if (e.TimeStampRelativeMSec > until) break;
        if (e is not MethodJittingStartedTraceData jitting || !(jitting.MethodNamespace + "." + jitting.MethodName).Contains(filter, StringComparison.Ordinal)) continue;
        Console.WriteLine($"{jitting.MethodNamespace}.{jitting.MethodName}\n    {string.Join("\n    ", Frames(e).Take(30))}\n");
    }
}

static void Cpu(TraceLog log, double until, string filter)
{
    // A sampled thread blocked in a system call looks like a running one: these leaves are waits, not work.
    string[] waits = ["Wait", "Sleep", "poll", "SpinWait", "Park", "LowLevelLifoSemaphore", "accept", "recv", "futex", "Sys.Read", "EventLoop"];
    var inclusive = new Dictionary<string, int>();
    var running = 0;
    foreach (var e in log.Events)
    {
        if (e.TimeStampRelativeMSec > until) break;
        if (e.ProviderName != "Microsoft-DotNETCore-SampleProfiler") continue;
        var frames = Frames(e);
        if (frames.Count == 0 || waits.Any(w => frames.Take(3).Any(f => f.Contains(w, StringComparison.OrdinalIgnoreCase)))) continue;
        if (filter.Length > 0 && !frames.Any(f => f.Contains(filter, StringComparison.Ordinal))) continue;
        running++;
        foreach (var frame in frames.Distinct()) inclusive[frame] = inclusive.GetValueOrDefault(frame) + 1;
    }
    Console.WriteLine($"{running} samples of running threads");
    foreach (var (frame, count) in inclusive.OrderByDescending(f => f.Value).Take(120))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,6} {100.0 * count / running,5:F1} %  {frame}"));
}
