using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.Contracts;

/// <summary>
/// Integration event: a company was registered (开办企业"近快办") and got its unified social credit code.
/// Every module keeps its own read model of enterprises from it (platform rule 5).
/// Published through the outbox by the Licensing module; its full type name is its wire identity — do not move it.
/// </summary>
/// <param name="CompanyId">Id of the registration case in the Licensing module.</param>
/// <param name="CreditCode">The code assigned at issue (GB 32100-2015, check character valid).</param>
/// <param name="Name">Registered name (企业名称).</param>
/// <param name="LegalRepresentative">法定代表人.</param>
/// <param name="Address">Registered address (住所).</param>
/// <param name="ServicePoint">The 近快办 service point that issued the licence.</param>
/// <param name="RegisteredAt">Time the licence was issued.</param>
/// <param name="Industry">Industry (行业) declared at registration; last and optional so that consumers built against the first version still compile.</param>
public sealed record CompanyRegistered(
    Guid CompanyId,
    UnifiedSocialCreditCode CreditCode,
    string Name,
    string LegalRepresentative,
    string Address,
    string ServicePoint,
    DateTimeOffset RegisteredAt,
    string Industry = "");
