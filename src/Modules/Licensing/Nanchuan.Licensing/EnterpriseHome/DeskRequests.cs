using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using Wolverine;

namespace Nanchuan.Licensing.EnterpriseHome;

/// <summary>An enterprise request (企业诉求) lodged at the 企业之家 desk of the service hall.</summary>
public sealed record LodgeDeskRequest(string EnterpriseName, UnifiedSocialCreditCode CreditCode, string ContactPerson, string Phone, string Content)
    : IOpenApiExample<LodgeDeskRequest>
{
    public static LodgeDeskRequest Example => new("重庆南川示例科技有限公司", UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98"), "王经理", "13800000000", "厂区道路照明不足，夜间物流车辆通行困难");
}

/// <summary>The 企业之家 desk took a request and sent it to the Grievances module (企呼我为"闭环办").</summary>
public sealed record DeskRequestForwarded(Guid DeskRequestId, string EnterpriseName, UnifiedSocialCreditCode CreditCode, string Content, DateTimeOffset LodgedAt) : IDescribedEvent
{
    public string Describe() => $"企业之家受理{EnterpriseName}诉求并转企呼我为闭环办理";
}

public static class DeskRequestEndpoint
{
    [WolverinePost("/api/licensing/enterprise-home/requests")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("企业之家受理企业诉求 / Lodge an enterprise request at the 企业之家 desk")]
    [EndpointDescription("Recorded here and sent through the outbox to the Grievances module as LodgeEnterpriseRequest (channel: the 企业之家 desk); the desk request id links the two.")]
    [ProducesResponseType<DeskRequestForwarded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static (DeskRequestForwarded, LodgeEnterpriseRequest, OutgoingMessages) Post(LodgeDeskRequest command, IDocumentSession session, TimeProvider clock)
    {
        // Grievances' own rules: a request accepted here must not be refused there, after the desk has answered.
        var errors = EnterpriseRequestRules.Check(command.EnterpriseName, command.ContactPerson, command.Phone, command.Content);
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var forwarded = new DeskRequestForwarded(id, command.EnterpriseName.Trim(), command.CreditCode, command.Content.Trim(), now);
        session.Events.StartStream(id, forwarded);
        return (forwarded, new LodgeEnterpriseRequest("Licensing", id, null, EnterpriseRequestChannel.EnterpriseHomeDesk, forwarded.EnterpriseName, command.CreditCode, command.ContactPerson.Trim(), command.Phone.Trim(), forwarded.Content, now),
            [.. DeskRequestOversight.Of(forwarded)]);
    }
}
