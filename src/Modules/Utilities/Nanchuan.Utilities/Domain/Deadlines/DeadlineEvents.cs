using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.Utilities.Domain.Deadlines;

/// <summary>A deadline is near: its warning (default 1 working day before) fired while the step was still open.</summary>
public sealed record DeadlineWarned(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : IDescribedEvent
{
    public string Describe() => $"{Deadline.ToChinese()}将于{DueAt:yyyy-MM-dd HH:mm}届满，发出预警";
}

/// <summary>A deadline passed with the step still open: the case is overdue (超期).</summary>
public sealed record DeadlineMissed(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset DetectedAt) : IDescribedEvent
{
    public string Describe() => $"{Deadline.ToChinese()}已于{DueAt:yyyy-MM-dd HH:mm}届满，已超期";
}

/// <summary>A holiday schedule was loaded or amended and moved an open deadline; <paramref name="Reason"/> names the schedule.</summary>
public sealed record DeadlineRecomputed(UtilityDeadline Deadline, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason) : IDescribedEvent
{
    public string Describe() => $"{Deadline.ToChinese()}由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}，原因：{Reason}";
}
