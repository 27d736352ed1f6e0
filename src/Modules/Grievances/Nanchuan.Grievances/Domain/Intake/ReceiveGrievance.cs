using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// 收集: enter a request received on a channel. Text fields are nullable because they come straight from forms and
/// messages; <see cref="GrievanceIntake.Validate"/> says what is missing.
/// </summary>
/// <param name="ReceivedAt">Phone: when the call came in (required). Platform: the submission time (optional, defaults to now).
/// Enterprise home desk: when it was lodged (required). Box: not given — a box note counts as received on its collection date.</param>
/// <param name="BoxLocation">Box notes only.</param>
/// <param name="CollectionDate">Box notes only: the day the box was emptied (每日收集清空).</param>
/// <param name="DeskRequestId">Enterprise home desk only.</param>
public sealed record ReceiveGrievance(
    IntakeChannel Channel,
    string? EnterpriseName,
    string? CreditCode,
    string? ContactPerson,
    string? Phone,
    string? Content,
    DateTimeOffset? ReceivedAt = null,
    FeedbackBoxLocation? BoxLocation = null,
    DateOnly? CollectionDate = null,
    Guid? DeskRequestId = null)
{
    /// <summary>A request forwarded by the Licensing module's 企业之家 desk.</summary>
    public static ReceiveGrievance FromDesk(LodgeEnterpriseRequest request) => new(
        IntakeChannel.EnterpriseHomeDesk,
        request.EnterpriseName,
        request.CreditCode.Value,
        request.ContactPerson,
        request.Phone,
        request.Content,
        ReceivedAt: request.LodgedAt,
        DeskRequestId: request.DeskRequestId);
}
