using System.Diagnostics;
using System.Text.Json.Nodes;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nanchuan.Testing;
using OpenTelemetry.Trace;

namespace Nanchuan.Platform.Tests.Telemetry;

/// <summary>One trace per request across ASP.NET Core, Wolverine and Marten, its id the correlation id of the events (ADR 0091), its server span tagged with the endpoint (ADR 0184).</summary>
public sealed class TracingTests
{
    [Fact]
    public async Task A_write_is_one_trace_of_aspnetcore_wolverine_and_marten_spans_whose_id_is_the_events_correlation_id()
    {
        var spans = new List<Activity>();
        var database = await TestDatabaseServer.CreateDatabaseAsync("tracing");
        await using var host = await PlatformHost.StartAsync(database, builder =>
        {
            builder.UseSetting("Telemetry:Tracing", "true");
            builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        });

        // The caller starts the trace (as a gateway or a browser would): the request, its messages and its statements continue it.
        var traceId = ActivityTraceId.CreateRandom();
        IScenarioResult? received = null;
        await host.TrackAsync(async () => received = await host.Scenario(s =>
        {
            s.Post.Json(new { enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode, contactPerson = "王经理",
                              phone = "13800000000", content = $"企业之家转来：园区道路照明不足（追踪测试 {Guid.NewGuid():N}）" }).ToUrl("/api/licensing/enterprise-home/requests");
            s.As(host, TestActors.WindowClerk);
            s.WithRequestHeader("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            s.StatusCodeShouldBeOk();
        }));
        var id = JsonNode.Parse(await received!.ReadAsTextAsync())!["deskRequestId"]!.GetValue<Guid>();

        List<Activity> trace;
        lock (spans) trace = spans.Where(s => s.TraceId == traceId).ToList();
        var sources = string.Join(", ", trace.Select(s => $"{s.Source.Name}:{s.DisplayName}"));
        trace.ShouldContain(s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server, sources);
        trace.ShouldContain(s => s.Source.Name == "Wolverine", sources);
        trace.ShouldContain(s => s.Source.Name == "Marten", sources);
        trace.ShouldContain(s => s.Source.Name == "Npgsql", sources);
        // The endpoint's tags, which the kit adds only to a recorded span (ADR 0184).
        var server = trace.Single(s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
        server.GetTagItem("handler.type").ShouldBe("Nanchuan.Licensing.EnterpriseHome.DeskRequestEndpoint");
        server.GetTagItem("http.request.method").ShouldBe("POST");

        var history = JsonNode.Parse(await (await host.Get(TestActors.Supervisor, $"/api/audit/streams/{id}")).ReadAsTextAsync())!;
        history["events"]![0]!["correlationId"]!.GetValue<string>().ShouldBe(traceId.ToHexString());
    }
}

/// <summary>Spec rule 1's correlation id in the logs, with tracing off as in a default deployment (ADR 0091).</summary>
public sealed class CorrelationLogTests
{
    [Fact]
    public async Task The_log_lines_of_a_request_carry_the_correlation_id_of_its_events()
    {
        var logs = new LogCapture();
        var database = await TestDatabaseServer.CreateDatabaseAsync("logs");
        await using var host = await PlatformHost.StartAsync(database, builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(LogCapture).FullName, null, LogLevel.Information, null)));
        }));

        var content = $"园区道路照明不足（日志测试 {Guid.NewGuid():N}）";
        var received = await host.Post(TestActors.Enterprise, "/api/grievances",
            new { channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode, contactPerson = "王经理",
                  phone = "13800000000", content }, 201);
        var id = JsonNode.Parse(await received.ReadAsTextAsync())!["id"]!.GetValue<Guid>();
        var history = JsonNode.Parse(await (await host.Get(TestActors.Supervisor, $"/api/audit/streams/{id}")).ReadAsTextAsync())!;
        var correlationId = history["events"]![0]!["correlationId"]!.GetValue<string>();

        // Every line logged inside the request's pipeline (all but the host's "request starting/finished") names the correlation id.
        var lines = logs.Records.Where(r => Equals(r.Scope.GetValueOrDefault("RequestPath"), "/api/grievances")
                                           && r.Category != "Microsoft.AspNetCore.Hosting.Diagnostics").ToList();
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(r => Equals(r.Scope.GetValueOrDefault("CorrelationId"), correlationId));
    }
}
