using Nanchuan.BuildingBlocks.Departments;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// 交办: the BusinessOffice issued an assignment slip (交办单) to a handling unit (承办单位).
/// Every assignment is one handling round; <paramref name="Round"/> &gt; 1 is a re-assignment (再次交办)
/// after an unsatisfied evaluation, with its own slip, unit and limit. One event type for both keeps
/// "each assignment is a round" true by construction for the reports.
/// </summary>
/// <param name="TimeLimitWorkingDays">办结时限 chosen on the slip (≤ the type's proposal).</param>
/// <param name="HandlingUnitId">The handling unit's directory id (ADR 0060); events stored before the directory held its name and are upcast.</param>
/// <param name="HandlingUnitName">The unit's name when it was assigned (a later rename does not change the slip).</param>
/// <param name="HandlingDueAt">办理 deadline: <paramref name="TimeLimitWorkingDays"/> working days after <paramref name="AssignedAt"/>, computed by the handler.</param>
public sealed record GrievanceAssigned(
    Guid GrievanceId,
    int Round,
    string SlipNumber,
    ProblemType ProblemType,
    int TimeLimitWorkingDays,
    string HandlingUnitId,
    string HandlingUnitName,
    DateTimeOffset AssignedAt,
    DateTimeOffset HandlingDueAt) : IDescribedEvent
{
    public string Describe() =>
        $"{(Round == 1 ? "交办" : $"第{Round}次交办")}（交办单{SlipNumber}）：{ProblemType.ToChinese()}，承办单位{HandlingUnitName}，办结时限{TimeLimitWorkingDays}个工作日，至{HandlingDueAt.ToBeijing():yyyy-MM-dd HH:mm}";
}

/// <summary>
/// <see cref="GrievanceAssigned"/> as stored before units were chosen from the directory (stored name <c>grievance_assigned</c>):
/// the request carried the unit's name, which went into both fields. Read as today's event with the seeded unit's id (ADR 0060).
/// </summary>
internal sealed record GrievanceAssignedV1(
    Guid GrievanceId,
    int Round,
    string SlipNumber,
    ProblemType ProblemType,
    int TimeLimitWorkingDays,
    string HandlingUnitId,
    string HandlingUnitName,
    DateTimeOffset AssignedAt,
    DateTimeOffset HandlingDueAt)
{
    public GrievanceAssigned Upcast() => new(GrievanceId, Round, SlipNumber, ProblemType, TimeLimitWorkingDays,
        DepartmentSeed.IdForLegacyName(HandlingUnitId), HandlingUnitName, AssignedAt, HandlingDueAt);
}
