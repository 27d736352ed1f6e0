using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Grievances.Contracts;

/// <summary>
/// An enterprise request was assigned (交办) to a handling unit (承办单位) with an assignment slip (交办单).
/// Published for every round: <paramref name="Round"/> &gt; 1 is a re-assignment (再次交办) with a new slip.
/// </summary>
/// <param name="HandlingUnitId">The handling unit's directory id (ADR 0060), as in its handlers' department_id claim.</param>
/// <param name="CreditCode">Absent only for anonymous-company box notes.</param>
public sealed record EnterpriseRequestAssigned(
    Guid GrievanceId,
    int Round,
    string SlipNumber,
    string HandlingUnitId,
    string HandlingUnitName,
    string EnterpriseName,
    UnifiedSocialCreditCode? CreditCode,
    string Content,
    int TimeLimitWorkingDays,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AssignedAt,
    DateTimeOffset HandlingDueAt);
