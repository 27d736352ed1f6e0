using JasperFx.OpenTelemetry;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Nanchuan.BuildingBlocks.Platform.Telemetry;

/// <summary>
/// OpenTelemetry for the platform (ADR 0091): metrics always (read at `/metrics`, ADR 0092); traces of ASP.NET Core,
/// Wolverine, Marten and Npgsql when something receives them; OTLP export of traces, metrics and logs only when
/// `Telemetry:Otlp:Endpoint` is configured (off by default).
/// </summary>
internal static class PlatformTelemetry
{
    public const string ServiceName = "nanchuan";
    /// <summary>The platform's own meter: the messaging health signals.</summary>
    public const string MeterName = "Nanchuan.Platform";
    /// <summary>Wolverine names its meter `Wolverine:{service name}`; Marten's and Npgsql's sources are their own names.</summary>
    private static readonly string[] Meters = ["Wolverine:*", "Marten", MeterName];
    /// <summary>
    /// The ASP.NET Core meters `/metrics` shows (ADR 0178): requests (`http.server.request.duration`, active requests), Kestrel's
    /// connections, unhandled exceptions and the rate limiter's decisions. Not routing, authentication, authorization or the
    /// memory pool: each of those records a measurement on every request, which nothing reads (ADR 0092's dashboards use
    /// the request metrics; every refusal is in the access-refusal log, ADR 0007).
    /// </summary>
    private static readonly string[] AspNetCoreMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting"];
    private static readonly string[] Sources = ["Wolverine", "Marten", "Npgsql"];

    /// <summary>The collector's OTLP address (e.g. http://otel-collector:4317), or null: nothing is exported.</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration) =>
        configuration["Telemetry:Otlp:Endpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;

    /// <summary>
    /// Spans are made only when they go somewhere: with OTLP on, or `Telemetry:Tracing=true` (the tests, which add an
    /// in-memory exporter). Otherwise no span is recorded and no request pays for one.
    /// </summary>
    public static bool Traces(IConfiguration configuration) => configuration.GetValue("Telemetry:Tracing", OtlpEndpoint(configuration) is not null);

    public static IServiceCollection AddPlatformTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = OtlpEndpoint(configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(AspNetCoreMeters).AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(Meters).AddPrometheusExporter();
                if (otlp is not null) metrics.AddOtlpExporter(o => Point(o, otlp));
            });
        if (Traces(configuration))
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments("/metrics"))
                    .AddHttpClientInstrumentation().AddSource(Sources);
                if (otlp is not null) tracing.AddOtlpExporter(o => Point(o, otlp));
            });
        }
        if (otlp is not null)
        {
            // Log records with their scopes (the correlation id, ADR 0091) go to the same collector as the spans.
            services.AddLogging(logging => logging.AddOpenTelemetry(o =>
            {
                o.IncludeScopes = true;
                o.AddOtlpExporter(e => Point(e, otlp));
            }));
        }
        services.AddSingleton<MessagingSignals>();
        // The correlation id of every log line written in a request, with no per-request scope (ADR 0206).
        services.AddSingleton<IExternalScopeProvider, CorrelationLogScopes>();
        return services;
    }

    /// <summary>Marten's spans (one per session's connection, with its commands as events) and its event-append counter.</summary>
    public static void ConfigureMarten(StoreOptions options, IConfiguration configuration)
    {
        options.OpenTelemetry.TrackEventCounters();
        if (Traces(configuration)) options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
    }

    /// <summary>`OTEL_EXPORTER_OTLP_PROTOCOL` (grpc, the default, or http/protobuf) and `OTEL_EXPORTER_OTLP_HEADERS` still apply.</summary>
    private static void Point(OtlpExporterOptions options, Uri endpoint) => options.Endpoint = endpoint;
}
