using Microsoft.Extensions.Configuration;
using Wolverine;

namespace Nanchuan.BuildingBlocks.Platform.Messaging;

/// <summary>
/// How often a node's Wolverine talks to PostgreSQL while nothing happens, and how fast a surviving node takes over what a
/// crashed node owned (docs/adr/0028, 0214). Wolverine's defaults (a heartbeat every 10 s, a node stale after 60 s) left an
/// accepted desk request unhandled for about 69 s after a crash. Here a node beats every 2 s and is stale after 5 s without
/// a beat, seen on two health checks in a row; the sweep that releases a dead node's inbox and outbox runs every 2 s, so its
/// messages run again within about 15 s of the crash (measured by CrashRecoveryTests, bench/multinode). A shorter stale time
/// would risk declaring a live but briefly stalled node dead. The persisted-message gauges are refreshed every 30 s, as
/// often as a scraper reads them. Every <see cref="DurabilitySettings"/> value can be overridden under
/// <c>Wolverine:Recovery:{Setting}</c> (a TimeSpan such as "00:00:05", a number or a boolean).
/// </summary>
public static class NodeRecovery
{
    public static readonly TimeSpan HealthCheckPollingTime = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan StaleNodeTimeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan SweepPollingTime = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan MetricsPeriod = TimeSpan.FromSeconds(30);

    public static void Apply(DurabilitySettings durability, IConfiguration configuration)
    {
        durability.FirstHealthCheckExecution = TimeSpan.FromSeconds(1);
        durability.HealthCheckPollingTime = HealthCheckPollingTime;
        durability.StaleNodeTimeout = StaleNodeTimeout;
        durability.OrphanedMessageSweepPollingTime = SweepPollingTime;
        durability.NodeReassignmentPollingTime = SweepPollingTime;
        durability.UpdateMetricsPeriod = MetricsPeriod;
        configuration.GetSection("Wolverine:Recovery").Bind(durability);
    }
}
