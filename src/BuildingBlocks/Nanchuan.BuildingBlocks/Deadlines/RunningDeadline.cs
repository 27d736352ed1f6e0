namespace Nanchuan.BuildingBlocks.Deadlines;

/// <summary>
/// A deadline still running on a case, as its aggregate knows it: enough for the platform to fire, recompute, pause and resume it.
/// </summary>
/// <param name="Name">The deadline within its case (e.g. "Assignment", "PowerOn"); a case runs at most one deadline of a name at a time.</param>
/// <param name="Limit">The limit, counted from <paramref name="Start"/>.</param>
/// <param name="Start">When the clock started (the limit is counted from here).</param>
/// <param name="DueAt">When it falls due now (after any recomputation or pause).</param>
/// <param name="Warned">Its warning was recorded.</param>
/// <param name="Overdue">It was declared overdue.</param>
/// <param name="PausedFor">Paused time already added to the due time (business time; whole days for a calendar-day limit).</param>
/// <param name="PausedAt">Set while the clock is paused (补正, a special procedure): nothing fires until it resumes.</param>
public sealed record RunningDeadline(
    string Name,
    TimeLimit Limit,
    DateTimeOffset Start,
    DateTimeOffset DueAt,
    bool Warned,
    bool Overdue,
    TimeSpan PausedFor = default,
    DateTimeOffset? PausedAt = null);

/// <summary>What a scheduled timer checks when it fires.</summary>
public enum DeadlineAlarm
{
    /// <summary>The warning before the deadline (<see cref="WarningLeads"/>).</summary>
    Warning,

    /// <summary>The overdue check, the first moment after the due instant.</summary>
    Overdue,
}
