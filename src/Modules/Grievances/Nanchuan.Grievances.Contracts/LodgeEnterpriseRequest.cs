using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Grievances.Contracts;

/// <summary>
/// Sent by another module when an enterprise request reached it rather than the Grievances module: the Licensing module's
/// 企业之家 desk (诉求接处), or a power-connection problem reported to the Utilities module (办电问题). The Grievances module records
/// it as a new request under <paramref name="Channel"/>, the channel the enterprise actually used.
/// </summary>
/// <param name="SourceModule">The sending module's name (e.g. "Licensing", "Utilities").</param>
/// <param name="SourceReference">The sender's own id for this request (the desk request, the problem report); a grievance keeps it
/// so the two can be linked and a resend recognised.</param>
/// <param name="SourceCaseId">The sender's case the request is about (e.g. the power connection), when there is one; its stream id.</param>
/// <param name="Channel">How the enterprise made the request, in the Grievances module's terms.</param>
/// <param name="CreditCode">统一社会信用代码; the senders serve identified enterprises, so it is required.</param>
/// <param name="LodgedAt">When the enterprise made the request; the grievance counts as received then.</param>
public sealed record LodgeEnterpriseRequest(
    string SourceModule,
    Guid SourceReference,
    Guid? SourceCaseId,
    EnterpriseRequestChannel Channel,
    string EnterpriseName,
    UnifiedSocialCreditCode CreditCode,
    string ContactPerson,
    string Phone,
    string Content,
    DateTimeOffset LodgedAt);

/// <summary>The channel a forwarded request came in by (诉求收集渠道), as the Grievances module counts them.</summary>
public enum EnterpriseRequestChannel
{
    /// <summary>平台反馈: online and in writing (the portal, WeChat, e-mail).</summary>
    Platform,

    /// <summary>电话反馈: by phone (e.g. the hotline 023-71992345 or a department's complaint line).</summary>
    Phone,

    /// <summary>企业之家: in person at the service hall's enterprise home desk.</summary>
    EnterpriseHomeDesk,
}
