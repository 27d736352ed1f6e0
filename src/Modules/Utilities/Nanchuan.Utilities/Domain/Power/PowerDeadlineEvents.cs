namespace Nanchuan.Utilities.Domain.Power;

/// <summary>The power-on deadline's warning fired.</summary>
public sealed record PowerDeadlineWarned(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : DeadlineWarned(Deadline, DueAt, WarnedAt);

/// <summary>Power was not on by the deadline.</summary>
public sealed record PowerDeadlineMissed(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset DetectedAt) : DeadlineMissed(Deadline, DueAt, DetectedAt);

/// <summary>A holiday schedule moved the power-on deadline.</summary>
public sealed record PowerDeadlineRecomputed(UtilityDeadline Deadline, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason)
    : DeadlineRecomputed(Deadline, PreviousDueAt, DueAt, Reason);

/// <summary>督办 of an overdue power connection.</summary>
public sealed record PowerSupervisionNoticeIssued(UtilityDeadline Deadline, DateTimeOffset DueAt, string Provider, string Demand, DateTimeOffset IssuedAt)
    : SupervisionNoticeIssued(Deadline, DueAt, Provider, Demand, IssuedAt);
