using System.Collections;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Nanchuan.BuildingBlocks.Platform.Telemetry;

/// <summary>
/// Every log line of a request carries `CorrelationId` (spec rule 1, ADR 0091): the id Wolverine stamps on the envelopes
/// and Marten on the events of this request — the root id of the request's trace (W3C trace id) — so a log line, a
/// trace and an audit event are found from one another. The logging providers' scope provider (the one
/// <see cref="LoggerFactory"/> hands to the JSON console, OpenTelemetry's logs, the tests' capture) gives it as the
/// outermost scope of any line written while an activity is current, read from that activity only then: a request pushes
/// no scope of its own, and most requests log nothing (bench S4, ADR 0161, ADR 0206).
/// </summary>
internal sealed class CorrelationLogScopes : IExternalScopeProvider
{
    public const string Key = "CorrelationId";
    private readonly LoggerExternalScopeProvider scopes = new();

    public void ForEachScope<TState>(Action<object?, TState> callback, TState state)
    {
        if (Activity.Current is { } activity) callback(new Correlation(activity), state);
        scopes.ForEachScope(callback, state);
    }

    public IDisposable Push(object? state) => scopes.Push(state);

    /// <summary>The scope's one field, as a logging provider enumerates it.</summary>
    private sealed class Correlation(Activity activity) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 1;

        public KeyValuePair<string, object?> this[int index] =>
            index == 0 ? new(Key, activity.RootId) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"{Key}:{activity.RootId}";
    }
}
