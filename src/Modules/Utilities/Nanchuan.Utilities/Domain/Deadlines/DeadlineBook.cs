namespace Nanchuan.Utilities.Domain.Deadlines;

/// <summary>One deadline of a case: from when it runs, its limit, when it falls due, and what has happened to it.</summary>
public sealed class WatchedDeadline
{
    public UtilityDeadline Deadline { get; set; }
    public DateTimeOffset Start { get; set; }
    public TimeLimit Limit { get; set; } = TimeLimit.WorkingDays(0);
    public DateTimeOffset DueAt { get; set; }
    public bool Warned { get; set; }
    public bool Missed { get; set; }

    /// <summary>When the step was done; null while the deadline runs.</summary>
    public DateTimeOffset? MetAt { get; set; }

    public bool IsOpen => MetAt is null;
}

/// <summary>The deadlines of a case, kept by the case's Apply methods and read by the timer and recomputation decisions.</summary>
public sealed class DeadlineBook
{
    public List<WatchedDeadline> Items { get; set; } = [];

    public WatchedDeadline? Find(UtilityDeadline deadline) => Items.LastOrDefault(d => d.Deadline == deadline);

    public IEnumerable<WatchedDeadline> Open => Items.Where(d => d.IsOpen);

    public bool AnyMissedOpen => Items.Any(d => d.IsOpen && d.Missed);

    public void Start(UtilityDeadline deadline, DateTimeOffset start, TimeLimit limit, DateTimeOffset dueAt) =>
        Items.Add(new WatchedDeadline { Deadline = deadline, Start = start, Limit = limit, DueAt = dueAt });

    public void Meet(UtilityDeadline deadline, DateTimeOffset at)
    {
        if (Find(deadline) is { } watched) watched.MetAt = at;
    }

    public void Apply(DeadlineWarned e)
    {
        if (Find(e.Deadline) is { } watched) watched.Warned = true;
    }

    public void Apply(DeadlineMissed e)
    {
        if (Find(e.Deadline) is { } watched) watched.Missed = true;
    }

    public void Apply(DeadlineRecomputed e)
    {
        if (Find(e.Deadline) is not { } watched) return;
        watched.DueAt = e.DueAt;
        watched.Warned = false;
    }
}
