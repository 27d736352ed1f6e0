namespace Nanchuan.BuildingBlocks.Oversight;

// The oversight contract's deadline events (integration events). Every module publishes these through the platform's deadline capability;
// their full type names are their wire identity — do not move them.

/// <summary>A deadline was set on a case: its clock started at <paramref name="StartedAt"/> and runs to <paramref name="DueAt"/>.</summary>
/// <param name="Case">The case, the same way in every module.</param>
/// <param name="Deadline">The deadline within the case, e.g. "Assignment", "PowerOn".</param>
/// <param name="Limit">The limit as the spec words it, e.g. "3个工作日", "60日".</param>
/// <param name="StartedAt">When the clock started.</param>
/// <param name="DueAt">When it falls due.</param>
/// <param name="WarningAt">When its warning fires; null when the limit is shorter than the warning lead.</param>
public sealed record DeadlineSet(
    OversightCase Case, string Deadline, string Limit, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? WarningAt);

/// <summary>A deadline's warning fired with the step still open.</summary>
public sealed record DeadlineWarned(OversightCase Case, string Deadline, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

/// <summary>A deadline passed with the step still open (超期).</summary>
public sealed record DeadlineOverdue(OversightCase Case, string Deadline, DateTimeOffset DueAt, DateTimeOffset DetectedAt);

/// <summary>A running deadline moved: a holiday schedule was loaded or amended, or a paused clock resumed; <paramref name="Reason"/> says which.</summary>
public sealed record DeadlineRecomputed(
    OversightCase Case, string Deadline, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason, DateTimeOffset RecomputedAt);

/// <summary>
/// A deadline's step was done (its clock stopped for good): on time when <paramref name="MetAt"/> is not after <paramref name="DueAt"/>
/// (the one on-time rule, DeadlineRules.IsOnTime), late otherwise. A deadline of a case that simply closes ends with CaseClosed.
/// </summary>
public sealed record DeadlineMet(OversightCase Case, string Deadline, DateTimeOffset DueAt, DateTimeOffset MetAt, bool OnTime);
