namespace Nanchuan.Utilities.Domain.Water;

/// <summary>The connection or payment deadline's warning fired.</summary>
public sealed record WaterDeadlineWarned(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : DeadlineWarned(Deadline, DueAt, WarnedAt);

/// <summary>The water connection or the payment was late: overdue.</summary>
public sealed record WaterDeadlineMissed(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset DetectedAt) : DeadlineMissed(Deadline, DueAt, DetectedAt);

/// <summary>A holiday schedule moved a water deadline.</summary>
public sealed record WaterDeadlineRecomputed(UtilityDeadline Deadline, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason)
    : DeadlineRecomputed(Deadline, PreviousDueAt, DueAt, Reason);

/// <summary>督办 of an overdue water connection.</summary>
public sealed record WaterSupervisionNoticeIssued(UtilityDeadline Deadline, DateTimeOffset DueAt, string Provider, string Demand, DateTimeOffset IssuedAt)
    : SupervisionNoticeIssued(Deadline, DueAt, Provider, Demand, IssuedAt);
