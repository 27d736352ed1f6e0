using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// The credit code of a request belongs to a company registered in the district (known from the Licensing module's
/// CompanyRegistered): the request is linked to that registration, under its registered name.
/// </summary>
public sealed record RegisteredEnterpriseRecognised(Guid GrievanceId, UnifiedSocialCreditCode CreditCode, string RegisteredName) : IDescribedEvent
{
    public string Describe() => $"统一社会信用代码{CreditCode}对应已登记企业“{RegisteredName}”";
}
