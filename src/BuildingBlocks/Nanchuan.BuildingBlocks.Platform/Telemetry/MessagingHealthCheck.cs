using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Nanchuan.BuildingBlocks.Platform.Telemetry;

/// <summary>
/// `/health/messaging` (ADR 0092): degraded while a message lies in the dead-letter queue (the Admin must look), unhealthy
/// when a due scheduled message has waited longer than `Health:ScheduledMessageLagLimit` (default 5 minutes): deadline
/// timers are not firing. Kept out of `/health/ready`: a dead letter is no reason to take a node out of the load balancer.
/// </summary>
internal sealed class MessagingHealthCheck(MessagingSignals signals, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reading = await signals.ReadAsync(TimeSpan.Zero, cancellationToken);
        var limit = configuration.GetValue("Health:ScheduledMessageLagLimit", TimeSpan.FromMinutes(5));
        var data = new Dictionary<string, object>
        {
            ["deadLetters"] = reading.DeadLetters,
            ["scheduled"] = reading.Scheduled,
            ["scheduledDue"] = reading.ScheduledDue,
            ["oldestDueAgeSeconds"] = Math.Round(reading.OldestDueAge.TotalSeconds, 1),
        };
        if (reading.OldestDueAge > limit)
            return HealthCheckResult.Unhealthy($"定时消息已逾期{reading.OldestDueAge.TotalMinutes:0}分钟未执行 / a scheduled message is {reading.OldestDueAge.TotalMinutes:0} min past its time", data: data);
        if (reading.DeadLetters > 0)
            return HealthCheckResult.Degraded($"死信队列中有{reading.DeadLetters}条消息 / {reading.DeadLetters} message(s) in the dead-letter queue (GET /api/admin/dead-letters)", data: data);
        return HealthCheckResult.Healthy("no dead letters, no late scheduled message", data);
    }
}
