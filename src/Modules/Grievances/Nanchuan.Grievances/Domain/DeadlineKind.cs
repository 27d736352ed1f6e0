namespace Nanchuan.Grievances.Domain;

/// <summary>The deadlines a request is watched against (platform rule 4).</summary>
public enum DeadlineKind
{
    /// <summary>交办: 1 working day after receipt.</summary>
    Assignment,

    /// <summary>办理: the slip's time limit after assignment.</summary>
    Handling,
}

/// <summary>
/// A deadline still running, with what it was computed from, so a handler can recompute it with the calendar
/// (<c>AddWorkingDays(Start, WorkingDays)</c>) when a holiday schedule is loaded or amended.
/// </summary>
/// <param name="Round">The handling round for <see cref="DeadlineKind.Handling"/>; null for assignment.</param>
public sealed record OpenDeadline(DeadlineKind Kind, int? Round, DateTimeOffset Start, int WorkingDays, DateTimeOffset DueAt);
