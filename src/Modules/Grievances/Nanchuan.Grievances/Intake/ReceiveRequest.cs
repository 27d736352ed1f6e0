using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Deadlines;
using Wolverine;

namespace Nanchuan.Grievances.Intake;

/// <summary>收集: a request from the platform zone (企呼我为 on the portal or WeChat) or the hotline 023-71992345.</summary>
/// <param name="Channel">`platform` or `phone`; box notes go through /box-batches, desk requests come from the Licensing module.</param>
/// <param name="CreditCode">统一社会信用代码; may be left out of nothing but box notes. When it belongs to a registered company, a missing name is filled in.</param>
/// <param name="ReceivedAt">Phone: when the call came in (required, 08:30–18:00, at most 3 days ago). Platform: left out by an enterprise
/// (its request is received when the platform receives it; a time given is a 400); the BusinessOffice may give one at most 3 days ago, now otherwise.</param>
public sealed record ReceiveRequest(
    IntakeChannel Channel,
    string? EnterpriseName,
    string? CreditCode,
    string? ContactPerson,
    string? Phone,
    string? Content,
    DateTimeOffset? ReceivedAt) : IOpenApiExample<ReceiveRequest>
{
    public static ReceiveRequest Example => new(
        IntakeChannel.Phone,
        "重庆南川示例科技有限公司",
        "91500119MA5U8XRB98",
        "王经理",
        "13812345678",
        "厂区门前道路破损，货车进出困难，请协调修复。",
        new DateTimeOffset(2024, 5, 8, 9, 30, 0, TimeSpan.FromHours(8)));
}

/// <summary>The request was recorded; <paramref name="AssignmentDueAt"/> is when the BusinessOffice must have assigned it.</summary>
public sealed record GrievanceReceivedResponse(Guid Id, DateTimeOffset ReceivedAt, DateTimeOffset AssignmentDueAt, string? RegisteredEnterpriseName)
    : CreationResponse($"{GrievancesModule.Route}/{Id}"), IOpenApiExample<GrievanceReceivedResponse>
{
    public static GrievanceReceivedResponse Example => new(
        Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"),
        new DateTimeOffset(2024, 5, 8, 9, 30, 0, TimeSpan.FromHours(8)),
        new DateTimeOffset(2024, 5, 9, 18, 0, 0, TimeSpan.FromHours(8)),
        "重庆南川示例科技有限公司");
}

public static class ReceiveRequestEndpoint
{
    [WolverinePost(GrievancesModule.Route)]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.BusinessOffice}")]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("收集企业诉求 / Receive an enterprise request")]
    [EndpointDescription("Records a request from the platform zone (an enterprise, under its own credit code) or the hotline (the BusinessOffice; a call stamped outside 08:30–18:00 is refused with 400). Sets the assignment deadline (1 working day) and schedules its warning and overdue check.")]
    [ProducesResponseType<GrievanceReceivedResponse>(StatusCodes.Status201Created)]
    public static async Task<(GrievanceReceivedResponse, OutgoingMessages)> Post(
        ReceiveRequest request, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, IntakePolicy policy,
        DeadlineWatch watch, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        if (request.Channel is not (IntakeChannel.Platform or IntakeChannel.Phone))
            throw new DomainValidationException("channel",
                "此处只受理平台和电话来件；意见箱来件请按批次录入 / only platform and phone requests are entered here; box notes go in batches (/box-batches).");
        if (actor.Role == Roles.Enterprise && request.Channel != IntakeChannel.Platform)
            throw new AccessDeniedException("企业只能通过平台提出诉求 / an enterprise lodges requests through the platform only.");
        GrievanceAccess.EnsureMayLodgeFor(actor, request.CreditCode);
        ClientTimes.RefuseFromEnterprise(request.ReceivedAt, "receivedAt");

        var command = new ReceiveGrievance(request.Channel, request.EnterpriseName, request.CreditCode, request.ContactPerson,
            request.Phone, request.Content, request.ReceivedAt);
        var checkedIntake = await IntakeRecorder.CheckAsync(command, session, time, policy, cancellation);
        if (request.Channel == IntakeChannel.Phone) CurrentActor.ActsThrough(Channels.Phone);
        var outgoing = new OutgoingMessages();
        var received = IntakeRecorder.Record(checkedIntake, session, calendar, time, watch, outgoing);
        return (new GrievanceReceivedResponse(received.GrievanceId, received.ReceivedAt, received.AssignmentDueAt, checkedIntake.Registered?.Name), outgoing);
    }
}
