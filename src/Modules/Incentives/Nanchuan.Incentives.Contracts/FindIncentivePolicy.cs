namespace Nanchuan.Incentives.Contracts;

/// <summary>
/// Query message for other modules (Licensing's 惠企政策 consultations): one government item (政府兑现事项) of an investment agreement — the
/// support an enterprise is owed under the agreement or another policy. <c>bus.InvokeAsync&lt;IncentivePolicyFound&gt;(new FindIncentivePolicy(id, "G3"))</c>.
/// </summary>
public sealed record FindIncentivePolicy(Guid AgreementId, string ItemCode);

/// <summary>The answer: the item, or null when the agreement or the item does not exist.</summary>
public sealed record IncentivePolicyFound(IncentivePolicy? Policy);

/// <summary>A government item as other modules may quote it.</summary>
/// <param name="Policy">The policy it is owed under: the named other policy, or "招商签约协议{number}" for an item under the agreement.</param>
/// <param name="Status">Its state in Chinese (未到兑现条件, 应兑未兑 …, 已兑现).</param>
public sealed record IncentivePolicy(
    Guid AgreementId, string AgreementNumber, string ItemCode, string CreditCode, string Policy, string Description, decimal Amount, string Status);
