namespace Nanchuan.Utilities.Domain.Gas;

/// <summary>The survey or plan deadline's warning fired.</summary>
public sealed record GasDeadlineWarned(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : DeadlineWarned(Deadline, DueAt, WarnedAt);

/// <summary>The survey or the plan was late: overdue.</summary>
public sealed record GasDeadlineMissed(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset DetectedAt) : DeadlineMissed(Deadline, DueAt, DetectedAt);

/// <summary>A holiday schedule moved a gas deadline.</summary>
public sealed record GasDeadlineRecomputed(UtilityDeadline Deadline, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason)
    : DeadlineRecomputed(Deadline, PreviousDueAt, DueAt, Reason);

/// <summary>督办 of an overdue gas connection.</summary>
public sealed record GasSupervisionNoticeIssued(UtilityDeadline Deadline, DateTimeOffset DueAt, string Provider, string Demand, DateTimeOffset IssuedAt)
    : SupervisionNoticeIssued(Deadline, DueAt, Provider, Demand, IssuedAt);
