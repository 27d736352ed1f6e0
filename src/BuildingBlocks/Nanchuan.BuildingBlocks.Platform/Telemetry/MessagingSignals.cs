using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Persistence.Durability.ScheduledMessageManagement;
using Wolverine.Runtime;

namespace Nanchuan.BuildingBlocks.Platform.Telemetry;

/// <summary>What the durable messaging holds that nobody is handling: dead letters, and scheduled messages past their time.</summary>
internal sealed record MessagingReading(long DeadLetters, long Scheduled, long ScheduledDue, TimeSpan OldestDueAge);

/// <summary>
/// The messaging health signals (ADR 0092), read through Wolverine's storage API (never its tables) and published as the
/// gauges `nanchuan.messages.dead_letters`, `nanchuan.messages.scheduled` and `nanchuan.messages.scheduled.oldest_age`
/// (how long the oldest due scheduled message — a deadline timer — has been waiting past its time; 0 when none is late).
/// </summary>
internal sealed class MessagingSignals
{
    // Wolverine schedules by the machine clock, not by the platform's TimeProvider (which tests move).
    private static readonly TimeProvider MachineClock = TimeProvider.System;
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);
    private readonly IServiceProvider _services;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private (MessagingReading Value, DateTimeOffset At)? _last;

    // Created with the app (PlatformHosting), so the gauges exist before the first scrape; the runtime is looked up at a reading.
    public MessagingSignals(IServiceProvider services, IMeterFactory meters)
    {
        _services = services;
        var meter = meters.Create(PlatformTelemetry.MeterName);
        meter.CreateObservableGauge("nanchuan.messages.dead_letters", () => Current().DeadLetters, "{message}",
            "Messages whose handler failed for good (GET /api/admin/dead-letters)");
        meter.CreateObservableGauge("nanchuan.messages.scheduled", () => Current().Scheduled, "{message}",
            "Scheduled messages waiting for their time (deadline timers among them)");
        meter.CreateObservableGauge("nanchuan.messages.scheduled.oldest_age", () => Current().OldestDueAge.TotalSeconds, "s",
            "How long the oldest scheduled message that is due has waited past its time");
    }

    /// <summary>A reading at most <paramref name="maxAge"/> old (the three gauges of one scrape share one; a health probe reads afresh).</summary>
    public async Task<MessagingReading> ReadAsync(TimeSpan maxAge, CancellationToken cancellation)
    {
        await _reading.WaitAsync(cancellation);
        try
        {
            var now = MachineClock.GetUtcNow();
            if (_last is { } last && now - last.At < maxAge) return last.Value;
            var storage = _services.GetRequiredService<IWolverineRuntime>().Storage;
            var counts = await storage.Admin.FetchCountsAsync();
            // Wolverine's stores page scheduled messages by execution time, so the first of the page is the oldest due.
            var due = await storage.ScheduledMessages.QueryAsync(
                new ScheduledMessageQuery { ExecutionTimeTo = now, PageSize = 1 }, cancellation);
            var oldest = due.Messages.Select(m => m.ScheduledTime).FirstOrDefault();
            var reading = new MessagingReading(counts.DeadLetter, counts.Scheduled, due.TotalCount,
                oldest is { } t ? now - t : TimeSpan.Zero);
            _last = (reading, now);
            return reading;
        }
        finally
        {
            _reading.Release();
        }
    }

    // Observable gauges are read synchronously by the exporter (on a scrape or an OTLP export), never on a request path.
    private MessagingReading Current() => ReadAsync(Freshness, CancellationToken.None).GetAwaiter().GetResult();
}
