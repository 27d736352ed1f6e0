using Nanchuan.BuildingBlocks.Contacts;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Procurement.Hotline;

/// <summary>A complaint about a project taken on the public supervision hotline 023-71423026: who called, when, and what about.</summary>
/// <param name="ReceivedAt">When the call came in (required; not in the future).</param>
public sealed record HotlineComplaintBody(string? CreditCode, string? EnterpriseName, string? ContactPerson, string? Phone, string? Content, DateTimeOffset? ReceivedAt)
    : IOpenApiExample<HotlineComplaintBody>
{
    public static HotlineComplaintBody Example => new("91500119MA5EF0A201", "重庆南川二号市政工程有限公司", "李经理", "13900000000",
        "报名截止前一天平台无法上传报名材料，要求核实。", new DateTimeOffset(2025, 4, 14, 15, 30, 0, TimeSpan.FromHours(8)));
}

/// <summary>The complaint recorded on the project and forwarded to the Grievances module as an enterprise request linked to it.</summary>
public sealed record HotlineComplaintRecorded(Guid ProjectId, Guid ComplaintId, string CreditCode, string EnterpriseName, string ContactPerson, string Phone, string Content,
    DateTimeOffset ReceivedAt) : IDescribedEvent
{
    public string Describe() => $"监督电话023-71423026受理{EnterpriseName}投诉，转企呼我为闭环办理：{Content}";
}

public static class HotlineComplaintEndpoint
{
    public const string Hotline = "023-71423026";

    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/hotline-complaints")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice}")]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("监督电话投诉 / Record a supervision-hotline complaint")]
    [EndpointDescription("区发展改革委, the project's supervising department or the business office records a complaint about the project taken on the public supervision hotline 023-71423026. It is checked by the Grievances module's intake rules before the answer (credit code, enterprise, contact person, a plausible phone number, content, a call time not in the future), recorded on the project and sent through the outbox to the Grievances module as an enterprise request by phone, linked to the project.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<(CaseStepRecorded, LodgeEnterpriseRequest)> Post(
        Guid id, HotlineComplaintBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<WorksProject>(session, id, ProcurementCases.ProjectName, cancellation);
        var state = stream.Aggregate!;
        var actor = CurrentActor.Value;
        if (!ProcurementAccess.ReadsEverything(actor) && actor.Department != state.SupervisingDepartment)
            throw new AccessDeniedException($"监督电话投诉由区发展改革委、{state.SupervisingDepartment}或区营商办登记 / complaints are recorded by 区发展改革委, the supervising department or the business office.");
        var now = time.GetUtcNow();
        // The Grievances module's intake rules, applied here so that a complaint answered 200 is one it accepts.
        var errors = new FieldErrors();
        var code = errors.CreditCode("creditCode", request.CreditCode);
        errors.RequireText("enterpriseName", request.EnterpriseName, "企业名称", "the enterprise name");
        errors.RequireText("contactPerson", request.ContactPerson, "联系人", "the contact person");
        errors.If(!PhoneNumbers.IsPlausible(request.Phone), "phone", "请填写有效的联系电话 / give a valid phone number.");
        errors.RequireText("content", request.Content, "投诉内容", "the complaint");
        if (request.ReceivedAt is not { } receivedAt) errors.Add("receivedAt", "请填写来电时间 / the time of the call is required.");
        else errors.If(receivedAt > now + TimeSpan.FromMinutes(5), "receivedAt", "来电时间不能晚于当前时间 / the call cannot be in the future.");
        errors.ThrowIfAny();
        CurrentActor.ActsThrough(Channels.Phone);
        var recorded = new HotlineComplaintRecorded(id, Guid.CreateVersion7(), code, request.EnterpriseName!.Trim(), request.ContactPerson!.Trim(), request.Phone!.Trim(),
            request.Content!.Trim(), request.ReceivedAt!.Value);
        var lodge = new LodgeEnterpriseRequest(ProcurementModule.ModuleName, recorded.ComplaintId, id, EnterpriseRequestChannel.Phone, recorded.EnterpriseName,
            UnifiedSocialCreditCode.Parse(code), recorded.ContactPerson, recorded.Phone, $"【限下工程监督电话{Hotline}，项目“{state.Title}”】{recorded.Content}", recorded.ReceivedAt);
        return (CaseStreams.Append(stream, recorded), lodge);
    }
}
