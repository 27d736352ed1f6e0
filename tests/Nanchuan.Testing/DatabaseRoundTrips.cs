using System.Collections.Concurrent;
using System.Diagnostics;

namespace Nanchuan.Testing;

/// <summary>
/// Records the statements Npgsql sends to PostgreSQL inside one trace (one command or batch = one round trip), so a
/// test can pin how many round trips a request costs. Requests of other tests running at the same time belong to other
/// traces and are not counted.
/// </summary>
public sealed class DatabaseRoundTrips : IDisposable
{
    private const string SourceName = "Nanchuan.Testing.RoundTrips";
    private static readonly ActivitySource Source = new(SourceName);
    private readonly ConcurrentQueue<(ActivityTraceId Trace, string Sql)> seen = new();
    private readonly ActivityListener listener;
    private readonly Activity trace;

    private DatabaseRoundTrips()
    {
        listener = new ActivityListener
        {
            // Alba carries the trace into the request and ASP.NET Core continues it only when their sources are listened to.
            ShouldListenTo = source => source.Name is "Npgsql" or "Alba" or "Microsoft.AspNetCore" or SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // A physical connection's opening ("CONNECT db") depends on the pool's state, not on the step measured.
                if (activity.Source.Name == "Npgsql" && !activity.DisplayName.StartsWith("CONNECT", StringComparison.Ordinal))
                    seen.Enqueue((activity.TraceId, activity.GetTagItem("db.query.text") as string ?? activity.DisplayName));
            },
        };
        ActivitySource.AddActivityListener(listener);
        trace = Source.StartActivity("round-trips") ?? throw new InvalidOperationException("the round-trip trace did not start");
    }

    /// <summary>Starts recording: everything awaited from here on in this async flow is in the trace.</summary>
    public static DatabaseRoundTrips Record() => new();

    /// <summary>The statements of each round trip so far, in the order they completed.</summary>
    public IReadOnlyList<string> Statements => seen.Where(s => s.Trace == trace.TraceId).Select(s => s.Sql).ToList();

    public void Dispose()
    {
        trace.Dispose();
        listener.Dispose();
    }
}
