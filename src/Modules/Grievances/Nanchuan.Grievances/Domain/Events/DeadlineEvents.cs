namespace Nanchuan.Grievances.Domain;

/// <summary>The assignment deadline is near (default: 1 working day before) and the request is still unassigned.</summary>
public sealed record AssignmentDeadlineWarned(Guid GrievanceId, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : IDescribedEvent
{
    public string Describe() => $"交办期限预警：应于{DueAt.ToBeijing():yyyy-MM-dd HH:mm}前交办";
}

/// <summary>The request was not assigned by its assignment deadline.</summary>
public sealed record AssignmentOverdue(Guid GrievanceId, DateTimeOffset DueAt, DateTimeOffset DetectedAt) : IDescribedEvent
{
    public string Describe() => $"交办超期：期限{DueAt.ToBeijing():yyyy-MM-dd HH:mm}已过，尚未交办";
}

/// <summary>The handling deadline of a round is near and no handling report is filed.</summary>
public sealed record HandlingDeadlineWarned(
    Guid GrievanceId,
    int Round,
    string SlipNumber,
    string HandlingUnitId,
    DateTimeOffset DueAt,
    DateTimeOffset WarnedAt) : IDescribedEvent
{
    public string Describe() => $"办理期限预警（交办单{SlipNumber}，{HandlingUnitId}）：应于{DueAt.ToBeijing():yyyy-MM-dd HH:mm}前反馈办理情况";
}

/// <summary>A round's handling deadline passed without a handling report (超期).</summary>
public sealed record HandlingOverdue(
    Guid GrievanceId,
    int Round,
    string SlipNumber,
    string HandlingUnitId,
    DateTimeOffset DueAt,
    DateTimeOffset DetectedAt) : IDescribedEvent
{
    public string Describe() => $"办理超期（交办单{SlipNumber}，{HandlingUnitId}）：期限{DueAt.ToBeijing():yyyy-MM-dd HH:mm}已过，尚未反馈办理情况";
}

/// <summary>The promised completion date has come: the BusinessOffice is reminded to revisit (按时回访承诺办理情况).</summary>
public sealed record PromiseRevisitDue(
    Guid GrievanceId,
    int Round,
    string HandlingUnitId,
    DateOnly PromisedCompletionDate,
    DateTimeOffset RemindedAt) : IDescribedEvent
{
    public string Describe() => $"承诺办结日{PromisedCompletionDate:yyyy-MM-dd}已到（{HandlingUnitId}），请回访承诺办理情况";
}

/// <summary>
/// A running deadline moved because the working-day calendar changed (e.g. "the 2025 holiday schedule was amended").
/// Clears the deadline's warning and overdue marks: the handler schedules both again for <paramref name="NewDueAt"/>.
/// </summary>
/// <param name="Round">The handling round for <see cref="DeadlineKind.Handling"/>; null for assignment.</param>
public sealed record DeadlineRecomputed(
    Guid GrievanceId,
    DeadlineKind Deadline,
    int? Round,
    DateTimeOffset PreviousDueAt,
    DateTimeOffset NewDueAt,
    string Reason,
    DateTimeOffset RecomputedAt) : IDescribedEvent
{
    public string Describe() =>
        $"{(Deadline == DeadlineKind.Assignment ? "交办" : $"第{Round}轮办理")}期限由{PreviousDueAt.ToBeijing():yyyy-MM-dd HH:mm}调整为{NewDueAt.ToBeijing():yyyy-MM-dd HH:mm}：{Reason}";
}

/// <summary>督办: the BusinessOffice escalated an overdue round to the handling unit with a supervision notice.</summary>
/// <param name="Demand">督办要求: what the unit is told to do, and by when.</param>
public sealed record SupervisionNoticeIssued(
    Guid GrievanceId,
    int Round,
    string SlipNumber,
    string HandlingUnitId,
    string HandlingUnitName,
    DateTimeOffset DueAt,
    string Demand,
    DateTimeOffset IssuedAt) : IDescribedEvent
{
    public string Describe() => $"督办（交办单{SlipNumber}，{HandlingUnitName}）：{Demand}";
}
