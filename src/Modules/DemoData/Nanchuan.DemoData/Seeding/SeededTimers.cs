using Microsoft.Extensions.Hosting;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Wolverine;
using Wolverine.Tracking;

namespace Nanchuan.DemoData.Seeding;

/// <summary>
/// The platform's durable timers (deadline warnings and overdue checks, reminders, buffer ends: every <see cref="IDeadlineTimer"/>)
/// on the seed clock. Wolverine's scheduler runs on the machine's clock and schedules by the time remaining on the platform's, so
/// a timer set on the 3rd of the month for the 10th would fire a week after the seeding. Each step is therefore run as a tracked
/// session; the timers it scheduled are noted with their moment on the seed clock and delivered when the month reaches it (the
/// handler finds it due, as it would at that moment). Wolverine's own copies stay scheduled and are stale when they run: a timer
/// never records anything twice. At the month's end the timers still ahead are scheduled again, by the time remaining then.
/// </summary>
internal sealed class SeededTimers(IHost host, SeedClock clock)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly List<(object Timer, DateTimeOffset Due)> _pending = [];
    private readonly HashSet<object> _seen = [];

    public int Delivered { get; private set; }

    /// <summary>Runs a step at the clock's moment and waits until everything it set off has been handled.</summary>
    public async Task RunAsync(Func<Task> step)
    {
        var (machineAt, seedAt) = (DateTimeOffset.UtcNow, clock.GetUtcNow());
        var session = await host.TrackActivity(Timeout).DoNotAssertOnExceptionsDetected().ExecuteAndWaitAsync((IMessageContext _) => step());
        foreach (var envelope in session.AllRecordsInOrder().Select(r => r.Envelope))
        {
            if (envelope?.Message is not IDeadlineTimer timer || envelope.ScheduledTime is not { } scheduled || !_seen.Add(timer)) continue;
            var due = timer is DeadlineTimerFired deadline ? deadline.FireAt : seedAt + (scheduled - machineAt);
            _pending.Add((timer, due));
        }
    }

    /// <summary>Delivers, in order and each at its moment, every timer due up to <paramref name="until"/> (those they set too).</summary>
    public async Task DeliverUntilAsync(DateTimeOffset until)
    {
        while (_pending.Where(p => p.Due <= until).OrderBy(p => p.Due).FirstOrDefault() is { Timer: not null } next)
        {
            _pending.Remove(next);
            if (next.Due > clock.GetUtcNow()) clock.Set(next.Due);
            await RunAsync(() => host.MessageBus().InvokeAsync(next.Timer));
            Delivered++;
        }
    }

    /// <summary>At the month's end: the timers still ahead are scheduled by the time remaining from <paramref name="end"/>.</summary>
    public async Task HandOverAsync(DateTimeOffset end)
    {
        var bus = host.MessageBus();
        foreach (var (timer, due) in _pending) await bus.ScheduleAsync(timer, due - end);
        _pending.Clear();
    }

    public int Pending => _pending.Count;
}
