using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Grievances.Domain;

/// <summary>收集: a request was received on one of the channels. Starts the grievance stream.</summary>
/// <param name="BoxLocation">Only for <see cref="IntakeChannel.Box"/>.</param>
/// <param name="BoxCollectionDate">Only for <see cref="IntakeChannel.Box"/>: the day the box was emptied.</param>
/// <param name="Source">Only for a request forwarded by another module (always for <see cref="IntakeChannel.EnterpriseHomeDesk"/>):
/// the module, its id for the request and the case it concerns there.</param>
/// <param name="CreditCode">统一社会信用代码; absent only on box notes.</param>
/// <param name="ReceivedAt">When the request counts as received (the call, the lodging, 08:30 of a box's collection date).</param>
/// <param name="AssignmentDueAt">交办 deadline: 1 working day after <paramref name="ReceivedAt"/>, computed by the handler with the calendar.</param>
/// <param name="RecordedAt">Server time the request was entered.</param>
public sealed record GrievanceReceived(
    Guid GrievanceId,
    IntakeChannel Channel,
    FeedbackBoxLocation? BoxLocation,
    DateOnly? BoxCollectionDate,
    RequestSource? Source,
    string EnterpriseName,
    UnifiedSocialCreditCode? CreditCode,
    string ContactPerson,
    string Phone,
    string Content,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AssignmentDueAt,
    DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() =>
        $"收到{Channel.ToChinese()}{(BoxLocation is { } box ? $"（{box.ToChinese()}）" : "")}{(Source is { } source ? $"（{source.Module}转来）" : "")}诉求：{EnterpriseName}（联系人{ContactPerson}），收到时间{ReceivedAt.ToBeijing():yyyy-MM-dd HH:mm}，应于{AssignmentDueAt.ToBeijing():yyyy-MM-dd HH:mm}前交办";
}
