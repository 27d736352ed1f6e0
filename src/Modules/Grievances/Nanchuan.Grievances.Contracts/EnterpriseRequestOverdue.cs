using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Grievances.Contracts;

/// <summary>Which step of the loop missed its deadline.</summary>
public enum OverdueStage
{
    /// <summary>交办: the BusinessOffice did not assign within 1 working day of receipt; no slip or unit yet.</summary>
    Assignment,

    /// <summary>办理: the handling unit did not file its handling report by the slip's time limit.</summary>
    Handling,
}

/// <summary>
/// An enterprise request went overdue; feeds the BusinessOffice's cross-module supervision dashboard.
/// </summary>
/// <param name="Round">Handling round; 0 for <see cref="OverdueStage.Assignment"/> (no round exists yet).</param>
/// <param name="SlipNumber">Null when <paramref name="Stage"/> is <see cref="OverdueStage.Assignment"/>.</param>
/// <param name="HandlingUnitId">Null when <paramref name="Stage"/> is <see cref="OverdueStage.Assignment"/>.</param>
public sealed record EnterpriseRequestOverdue(
    Guid GrievanceId,
    OverdueStage Stage,
    int Round,
    string? SlipNumber,
    string? HandlingUnitId,
    string? HandlingUnitName,
    string EnterpriseName,
    UnifiedSocialCreditCode? CreditCode,
    DateTimeOffset DueAt,
    DateTimeOffset DetectedAt);
