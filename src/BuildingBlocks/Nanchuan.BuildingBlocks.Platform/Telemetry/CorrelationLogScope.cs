using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Nanchuan.BuildingBlocks.Platform.Telemetry;

/// <summary>
/// Every log line of a request carries `CorrelationId` (spec rule 1, ADR 0091): the id Wolverine stamps on the envelopes
/// and Marten on the events of this request — the root id of the request's trace (W3C trace id) — so a log line, a
/// trace and an audit event are found from one another.
/// </summary>
internal sealed class CorrelationLogScope(RequestDelegate next, ILogger<CorrelationLogScope> logger)
{
    public const string Key = "CorrelationId";

    public async Task InvokeAsync(HttpContext context)
    {
        if (Activity.Current?.RootId is not { } correlationId)
        {
            await next(context);
            return;
        }
        using (logger.BeginScope(new Dictionary<string, object> { [Key] = correlationId }))
        {
            await next(context);
        }
    }
}
