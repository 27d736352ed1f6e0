using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>
/// Records the day's digest at start-up when the day has none yet, then every day at 02:00 Beijing time (a quiet hour, so
/// no append is in flight across the digest's last sequence number). Every node runs it; the first to record a day wins.
/// A day the platform was down for has no record; the next start records its own day.
/// </summary>
internal sealed class DailyDigest(DigestRecorder recorder, TimeProvider time, ILogger<DailyDigest> log) : BackgroundService
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly TimeSpan At = TimeSpan.FromHours(2);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var (record, isNew) = await recorder.RecordTodayAsync(Actor.System, stopping);
                if (isNew) log.LogInformation("Integrity digest of {Day}: {Digest} over {Events} events up to sequence {Sequence}", record.Id, record.Digest, record.Events, record.UpToSequence);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Recording the day's integrity digest failed; the next run tries again");
            }
            await Task.Delay(UntilNextRun(time.GetUtcNow()), time, stopping);
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
