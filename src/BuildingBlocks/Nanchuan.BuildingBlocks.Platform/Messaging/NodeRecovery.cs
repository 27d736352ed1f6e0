using Microsoft.Extensions.Configuration;
using Wolverine;

namespace Nanchuan.BuildingBlocks.Platform.Messaging;

/// <summary>
/// How fast the surviving or restarted node takes over the messages a crashed node owned (docs/adr/0028). Wolverine's
/// defaults (a heartbeat every 10 s, a node stale after 60 s) left an accepted desk request unhandled for about 69 s after a
/// crash. Here a node beats every second and is stale after 5 s without a beat; the sweep that releases a dead node's
/// inbox and outbox runs every 2 s, so its messages run again about 11 s after the crash (measured by CrashRecoveryTests). A
/// shorter stale time would risk declaring a live but briefly stalled node dead. Each value can be overridden under
/// <c>Wolverine:Recovery:{Setting}</c> (a TimeSpan, e.g. "00:00:05").
/// </summary>
public static class NodeRecovery
{
    public static readonly TimeSpan HealthCheckPollingTime = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan StaleNodeTimeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan SweepPollingTime = TimeSpan.FromSeconds(2);

    public static void Apply(DurabilitySettings durability, IConfiguration configuration)
    {
        var section = configuration.GetSection("Wolverine:Recovery");
        durability.FirstHealthCheckExecution = section.GetValue(nameof(DurabilitySettings.FirstHealthCheckExecution), TimeSpan.FromSeconds(1));
        durability.HealthCheckPollingTime = section.GetValue(nameof(DurabilitySettings.HealthCheckPollingTime), HealthCheckPollingTime);
        durability.StaleNodeTimeout = section.GetValue(nameof(DurabilitySettings.StaleNodeTimeout), StaleNodeTimeout);
        durability.OrphanedMessageSweepPollingTime = section.GetValue(nameof(DurabilitySettings.OrphanedMessageSweepPollingTime), SweepPollingTime);
        durability.NodeReassignmentPollingTime = section.GetValue(nameof(DurabilitySettings.NodeReassignmentPollingTime), SweepPollingTime);
    }
}
