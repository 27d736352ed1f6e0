namespace Nanchuan.Incentives.Contracts;

/// <summary>
/// A government commitment of an investment agreement was paid in full (兑现到位): published for other modules, e.g. a
/// grievance about an unpaid subsidy can be closed with it, and the best-case contest can cite it.
/// </summary>
/// <param name="AgreementId">The agreement (its history is /api/audit/streams/{id}).</param>
/// <param name="CreditCode">The enterprise's unified social credit code.</param>
/// <param name="ItemCode">The government item within the agreement, e.g. "G1".</param>
/// <param name="Amount">What was paid in all, in CNY (never more than decided).</param>
/// <param name="DueSince">When its condition was met (应兑之日).</param>
/// <param name="HonouredAt">When the last payment was recorded.</param>
public sealed record IncentiveHonoured(Guid AgreementId, string CreditCode, string ItemCode, decimal Amount, DateTimeOffset DueSince, DateTimeOffset HonouredAt);
