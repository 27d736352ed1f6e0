using System.Collections;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Nanchuan.BuildingBlocks.Platform.Telemetry;

/// <summary>
/// Every log line of a request carries `CorrelationId` (spec rule 1, ADR 0091): the id Wolverine stamps on the envelopes
/// and Marten on the events of this request — the root id of the request's trace (W3C trace id) — so a log line, a
/// trace and an audit event are found from one another. The id is read from the request's activity only when a line is
/// written with its scopes: most requests log nothing (bench S4, ADR 0161).
/// </summary>
internal sealed class CorrelationLogScope(RequestDelegate next, ILogger<CorrelationLogScope> logger)
{
    public const string Key = "CorrelationId";

    public async Task InvokeAsync(HttpContext context)
    {
        if (Activity.Current is not { } activity)
        {
            await next(context);
            return;
        }
        using (logger.BeginScope(new Correlation(activity)))
        {
            await next(context);
        }
    }

    /// <summary>The scope's one field, as a logging provider enumerates it (the JSON console formatter, OpenTelemetry's logs).</summary>
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
