using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.BuildingBlocks.Platform.Deadlines;

/// <summary>
/// The one durable timer of the platform (platform rule 4): a Wolverine scheduled message in the durable local queue,
/// written to the outbox in the same transaction as the event that set the deadline, so it survives restarts. It carries the
/// due time it was set for; when the deadline has moved, paused or been met meanwhile, it is stale and nothing is recorded.
/// </summary>
/// <param name="CaseType">Whose deadline (<see cref="ICaseDeadlines.CaseType"/>, e.g. "grievance").</param>
/// <param name="CaseId">The case's stream id.</param>
/// <param name="Deadline">The deadline within the case (<see cref="RunningDeadline.Name"/>).</param>
/// <param name="Alarm">Warning or overdue check.</param>
/// <param name="DueAt">The due time it was set for.</param>
/// <param name="FireAt">When it is meant to fire.</param>
public sealed record DeadlineTimerFired(string CaseType, Guid CaseId, string Deadline, DeadlineAlarm Alarm, DateTimeOffset DueAt, DateTimeOffset FireAt)
    : IDeadlineTimer;

/// <summary>A holiday schedule changed: the open deadlines of one case type are recomputed, each case type in its own transaction.</summary>
public sealed record RecomputeDeadlines(string CaseType, IReadOnlyList<DateOnly> ChangedDays, string Reason);
