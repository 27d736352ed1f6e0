using Nanchuan.Incentives.Contracts;
using Wolverine;

namespace Nanchuan.Licensing.EnterpriseHome.Policies;

/// <summary>
/// Resolves the policies a consultation names through the Incentives module's public query only (<see cref="FindIncentivePolicy"/>, ADR 0111):
/// each must exist and be the consulting enterprise's own; every problem is a field error of <c>policies[i]</c>.
/// </summary>
internal static class PolicyLinks
{
    public static async Task<IReadOnlyList<LinkedPolicy>> ResolveAsync(
        IMessageBus bus, IReadOnlyList<PolicyReferenceBody> references, string creditCode, FieldErrors errors, CancellationToken cancellation)
    {
        var linked = new List<LinkedPolicy>();
        for (var i = 0; i < references.Count; i++)
        {
            var field = $"policies[{i}]";
            if (references[i] is not { AgreementId: { } agreementId } reference || string.IsNullOrWhiteSpace(reference.ItemCode))
            {
                errors.Add(field, "请填写政策所属协议编号和兑现事项代码 / name the agreement id and the item code.");
                continue;
            }
            var code = reference.ItemCode.Trim();
            if (linked.Any(p => p.AgreementId == agreementId && p.ItemCode == code))
            {
                errors.Add(field, $"政策{code}重复 / policy {code} is named twice.");
                continue;
            }
            var found = (await bus.InvokeAsync<IncentivePolicyFound>(new FindIncentivePolicy(agreementId, code), cancellation)).Policy;
            if (found is null) errors.Add(field, $"双兑现台账中没有该兑现事项（{code}） / the Incentives ledgers have no item {code} of agreement {agreementId}.");
            else if (found.CreditCode != creditCode) errors.Add(field, $"兑现事项{code}不属于该企业 / item {code} is not this enterprise's.");
            else linked.Add(new LinkedPolicy(found.AgreementId, found.AgreementNumber, found.ItemCode, found.Policy, found.Description, found.Amount, found.Status));
        }
        return linked;
    }
}
