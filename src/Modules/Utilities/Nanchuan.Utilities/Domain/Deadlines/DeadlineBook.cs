using Nanchuan.BuildingBlocks.Deadlines;

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

/// <summary>督办: a supervision notice the BusinessOffice issued on an overdue deadline.</summary>
public sealed record SupervisionNotice(UtilityDeadline Deadline, DateTimeOffset DueAt, string Demand, DateTimeOffset IssuedAt);

/// <summary>The deadlines of a case, kept by the case's Apply methods and read by the timer, recomputation and supervision decisions.</summary>
public sealed class DeadlineBook
{
    public List<WatchedDeadline> Items { get; set; } = [];

    public List<SupervisionNotice> SupervisionNotices { get; set; } = [];

    public WatchedDeadline? Find(UtilityDeadline deadline) => Items.LastOrDefault(d => d.Deadline == deadline);

    public IEnumerable<WatchedDeadline> Open => Items.Where(d => d.IsOpen);

    public bool AnyMissedOpen => MissedOpen is not null;

    /// <summary>The deadline that passed with its step still open (a case has at most one running at a time).</summary>
    public WatchedDeadline? MissedOpen => Items.LastOrDefault(d => d.IsOpen && d.Missed);

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

    public void Apply(SupervisionNoticeIssued e) => SupervisionNotices.Add(new SupervisionNotice(e.Deadline, e.DueAt, e.Demand, e.IssuedAt));
}
