using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>
/// Records the day's digest at start-up when the day has none yet, then every day at 02:00 Beijing time (a quiet hour; the
/// digest waits for appends in flight whatever the hour, ADR 0260). Every node runs it; the first to record a day wins.
/// A day the platform was down for has no record; the next start records its own day. A run that fails (the database away,
/// appends still in flight after <see cref="EventChain.SettleLimit"/>) tries again five minutes later, not the next day.
/// </summary>
internal sealed class DailyDigest(DigestRecorder recorder, TimeProvider time, ILogger<DailyDigest> log) : BackgroundService
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly TimeSpan At = TimeSpan.FromHours(2);
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var (record, isNew) = await recorder.RecordTodayAsync(Actor.System, stopping);
                if (isNew) log.LogInformation("Integrity digest of {Day}: {Digest} over {Events} events up to sequence {Sequence}", record.Id, record.Digest, record.Events, record.UpToSequence);
                wait = UntilNextRun(time.GetUtcNow());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Recording the day's integrity digest failed; trying again in {Wait}", RetryAfterFailure);
                wait = RetryAfterFailure;
            }
            await Task.Delay(wait, time, stopping);
        }
    }

    internal static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var local = now.ToOffset(Beijing);
        var next = new DateTimeOffset(local.Date, Beijing) + At;
        if (next <= local) next = next.AddDays(1);
        return next - local;
    }
}
