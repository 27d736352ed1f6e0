using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// 收集: enter a request received on a channel. Text fields are nullable because they come straight from forms and
/// messages; <see cref="GrievanceIntake.Validate"/> says what is missing.
/// </summary>
/// <param name="ReceivedAt">Phone: when the call came in (required). Platform: the submission time (optional, defaults to now).
/// Forwarded by another module (the enterprise home desk among them): when it was lodged (required). Box: not given — a box note counts as received on its collection date.</param>
/// <param name="BoxLocation">Box notes only.</param>
/// <param name="CollectionDate">Box notes only: the day the box was emptied (每日收集清空).</param>
/// <param name="Source">Requests forwarded by another module only (the 企业之家 desk, a power-connection problem report).</param>
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
    RequestSource? Source = null)
{
    /// <summary>
    /// A request forwarded by another module (the Licensing module's 企业之家 desk, the Utilities module's power problem reports),
    /// under the channel the enterprise actually used.
    /// </summary>
    public static ReceiveGrievance Forwarded(LodgeEnterpriseRequest request) => new(
        ChannelOf(request.Channel),
        request.EnterpriseName,
        request.CreditCode.Value,
        request.ContactPerson,
        request.Phone,
        request.Content,
        ReceivedAt: request.LodgedAt,
        Source: new RequestSource(request.SourceModule?.Trim() ?? "", request.SourceReference, request.SourceCaseId));

    private static IntakeChannel ChannelOf(EnterpriseRequestChannel channel) => channel switch
    {
        EnterpriseRequestChannel.Platform => IntakeChannel.Platform,
        EnterpriseRequestChannel.Phone => IntakeChannel.Phone,
        EnterpriseRequestChannel.EnterpriseHomeDesk => IntakeChannel.EnterpriseHomeDesk,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown request channel."),
    };
}
