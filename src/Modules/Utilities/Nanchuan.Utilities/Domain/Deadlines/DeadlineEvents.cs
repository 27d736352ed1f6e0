using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;

namespace Nanchuan.Utilities.Domain.Deadlines;

/// <summary>
/// A deadline is near: its warning (default 1 working day before) fired while the step was still open. Each connection type
/// has its own event (e.g. <see cref="PowerDeadlineWarned"/>), so a snapshot projection sees only its own streams' events.
/// </summary>
public abstract record DeadlineWarned(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : IDescribedEvent
{
    public string Describe() => $"{Deadline.ToChinese()}将于{DueAt:yyyy-MM-dd HH:mm}届满，发出预警";
}

/// <summary>A deadline passed with the step still open: the case is overdue (超期). One event per connection type.</summary>
public abstract record DeadlineMissed(UtilityDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset DetectedAt) : IDescribedEvent
{
    public string Describe() => $"{Deadline.ToChinese()}已于{DueAt:yyyy-MM-dd HH:mm}届满，已超期";
}

/// <summary>
/// A holiday schedule was loaded or amended and moved an open deadline; <paramref name="Reason"/> names the schedule.
/// One event per connection type.
/// </summary>
public abstract record DeadlineRecomputed(UtilityDeadline Deadline, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason) : IDescribedEvent
{
    public string Describe() => $"{Deadline.ToChinese()}由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}，原因：{Reason}";
}

/// <summary>
/// 督办: the BusinessOffice escalated an overdue connection to its provider (platform rule 4). One event per connection type.
/// </summary>
/// <param name="Deadline">The missed deadline the notice is about.</param>
/// <param name="Demand">督办要求: what the provider is told to do, and by when.</param>
public abstract record SupervisionNoticeIssued(UtilityDeadline Deadline, DateTimeOffset DueAt, string Provider, string Demand, DateTimeOffset IssuedAt)
    : IDescribedEvent
{
    public string Describe() => $"区营商办督办{Provider}（{Deadline.ToChinese()}{DueAt:yyyy-MM-dd HH:mm}已超期）：{Demand}";
}

/// <summary>
/// The deadline events of the connection type a deadline belongs to: every <see cref="UtilityDeadline"/> is of exactly one type
/// (power on → power; connection and payment → water; survey and plan → gas).
/// </summary>
internal static class DeadlineEventsOf
{
    public static DeadlineWarned Warned(UtilityDeadline deadline, DateTimeOffset dueAt, DateTimeOffset warnedAt) => deadline.Utility() switch
    {
        UtilityKind.Power => new PowerDeadlineWarned(deadline, dueAt, warnedAt),
        UtilityKind.Water => new WaterDeadlineWarned(deadline, dueAt, warnedAt),
        _ => new GasDeadlineWarned(deadline, dueAt, warnedAt),
    };

    public static DeadlineMissed Missed(UtilityDeadline deadline, DateTimeOffset dueAt, DateTimeOffset detectedAt) => deadline.Utility() switch
    {
        UtilityKind.Power => new PowerDeadlineMissed(deadline, dueAt, detectedAt),
        UtilityKind.Water => new WaterDeadlineMissed(deadline, dueAt, detectedAt),
        _ => new GasDeadlineMissed(deadline, dueAt, detectedAt),
    };

    public static DeadlineRecomputed Recomputed(UtilityDeadline deadline, DateTimeOffset previousDueAt, DateTimeOffset dueAt, string reason) =>
        deadline.Utility() switch
        {
            UtilityKind.Power => new PowerDeadlineRecomputed(deadline, previousDueAt, dueAt, reason),
            UtilityKind.Water => new WaterDeadlineRecomputed(deadline, previousDueAt, dueAt, reason),
            _ => new GasDeadlineRecomputed(deadline, previousDueAt, dueAt, reason),
        };

    public static SupervisionNoticeIssued SupervisionNotice(UtilityDeadline deadline, DateTimeOffset dueAt, string provider, string demand, DateTimeOffset issuedAt) =>
        deadline.Utility() switch
        {
            UtilityKind.Power => new PowerSupervisionNoticeIssued(deadline, dueAt, provider, demand, issuedAt),
            UtilityKind.Water => new WaterSupervisionNoticeIssued(deadline, dueAt, provider, demand, issuedAt),
            _ => new GasSupervisionNoticeIssued(deadline, dueAt, provider, demand, issuedAt),
        };
}
