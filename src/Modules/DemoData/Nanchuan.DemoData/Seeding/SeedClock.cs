namespace Nanchuan.DemoData.Seeding;

/// <summary>
/// The platform's "now" while a month is seeded: it stands still during a step and is moved by the seeding only (forward,
/// step by step), so deadlines, warnings and overdue checks happen at the month's moments. Timers of the runtime itself
/// (the base class's) keep the machine's time.
/// </summary>
internal sealed class SeedClock : TimeProvider
{
    private long _utcTicks = DateTimeOffset.UtcNow.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref _utcTicks, instant.UtcTicks);
}
