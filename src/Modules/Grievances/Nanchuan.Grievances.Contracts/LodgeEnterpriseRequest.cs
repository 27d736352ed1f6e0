using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Grievances.Contracts;

/// <summary>
/// Sent by the Licensing module when an enterprise lodges a request at the service hall's
/// 企业之家 desk (诉求接处, enterprise home desk); the Grievances module records it as a new request.
/// </summary>
/// <param name="DeskRequestId">The desk's own id for the request; a grievance keeps it so the two can be linked and a resend recognised.</param>
/// <param name="CreditCode">统一社会信用代码; the desk serves identified enterprises, so it is required.</param>
/// <param name="LodgedAt">When the enterprise lodged the request at the desk; the grievance counts as received then.</param>
public sealed record LodgeEnterpriseRequest(
    Guid DeskRequestId,
    string EnterpriseName,
    UnifiedSocialCreditCode CreditCode,
    string ContactPerson,
    string Phone,
    string Content,
    DateTimeOffset LodgedAt);
