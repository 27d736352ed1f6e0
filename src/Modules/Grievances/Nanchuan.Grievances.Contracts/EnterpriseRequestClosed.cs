using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Grievances.Contracts;

/// <summary>
/// An enterprise request was closed (销号, 同意销号) after the enterprise declared itself satisfied.
/// </summary>
/// <param name="Rounds">How many handling rounds it took (1 = satisfied at the first evaluation).</param>
/// <param name="SlipNumber">The slip of the last round.</param>
public sealed record EnterpriseRequestClosed(
    Guid GrievanceId,
    string SlipNumber,
    int Rounds,
    string HandlingUnitId,
    string HandlingUnitName,
    string EnterpriseName,
    UnifiedSocialCreditCode? CreditCode,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ClosedAt);
