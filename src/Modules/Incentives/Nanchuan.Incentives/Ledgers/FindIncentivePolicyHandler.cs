using Nanchuan.Incentives.Contracts;

namespace Nanchuan.Incentives.Ledgers;

/// <summary>Answers the public query for a government item of an agreement (Licensing's 惠企政策 consultations link to it).</summary>
public static class FindIncentivePolicyHandler
{
    public static async Task<IncentivePolicyFound> Handle(FindIncentivePolicy query, IQuerySession session, CancellationToken cancellation)
    {
        var agreement = query.AgreementId == Guid.Empty ? null : await session.LoadAsync<Agreement>(query.AgreementId, cancellation);
        if (agreement?.Incentive(query.ItemCode?.Trim() ?? "") is not { } item) return new IncentivePolicyFound(null);
        return new IncentivePolicyFound(new IncentivePolicy(agreement.Id, agreement.Number, item.Code, agreement.CreditCode,
            item.Basis == IncentiveBasis.Agreement ? $"招商签约协议{agreement.Number}" : item.Policy ?? "", item.Description, item.Amount, item.Status.ToChinese()));
    }
}
