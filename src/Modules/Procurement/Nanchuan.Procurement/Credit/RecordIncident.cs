namespace Nanchuan.Procurement.Credit;

/// <summary>A bad-behaviour incident of a bidder (不良行为), recorded by a supervising department.</summary>
/// <param name="OccurredOn">The day it happened (Beijing date); its points count for 12 months from it.</param>
/// <param name="ProjectId">The project it happened on, when there is one.</param>
public sealed record RecordIncidentBody(string? BidderName, IncidentKind? Kind, DateOnly? OccurredOn, Guid? ProjectId, string? Note)
    : IOpenApiExample<RecordIncidentBody>
{
    public static RecordIncidentBody Example => new("重庆南川一号建筑工程有限公司", IncidentKind.RefusedToSign, new DateOnly(2025, 5, 20), null, "中标后无正当理由拒不签订合同。");
}

/// <summary>The incident recorded and the bidder's standing after it.</summary>
public sealed record IncidentRecordedResponse(Guid IncidentId, int Points, int CountedPoints, DateOnly? BarredUntil);

public static class RecordIncidentEndpoint
{
    [WolverinePost($"{ProcurementModule.Route}/bidders/{{creditCode}}/incidents")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("记录不良行为 / Record a bad-behaviour incident")]
    [EndpointDescription("A supervising department (or 区发展改革委) records an incident of a bidder with its kind's points (defaults: false materials 12, refusing to sign 6, abandoning or illegal subcontracting 12, late or poor performance 3; configurable). Points count for 12 months from the incident; when the counted points reach 12 the bidder is barred from registering for 6 months from the day the point that reached them was recorded.")]
    [ProducesResponseType<IncidentRecordedResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<(IncidentRecordedResponse, OutgoingMessages)> Post(
        string creditCode, RecordIncidentBody request, IDocumentSession session, SupervisingDepartments departments, CreditPolicy policy, TimeProvider time,
        CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        if (!ProcurementAccess.ReadsEverything(actor) && !departments.Contains(actor.Department ?? ""))
            throw new AccessDeniedException("只有限下工程的监管部门和区发展改革委可以记录不良行为 / only a supervising department or 区发展改革委 may record incidents.");
        var now = time.GetUtcNow();
        var today = BeijingTime.DayOf(now);
        var errors = new FieldErrors();
        var code = errors.CreditCode("creditCode", creditCode);
        errors.RequireText("bidderName", request.BidderName, "投标人名称", "the bidder's name");
        errors.If(request.Kind is not { } kind || !Enum.IsDefined(kind), "kind",
            "请填写不良行为类型：falseMaterials、refusedToSign、abandonedOrIllegalSubcontracting 或 lateOrPoorPerformance / the kind is required.");
        errors.If(request.Kind == IncidentKind.SeriousViolation, "kind", "严重违法由执法检查推送记录 / serious violations come from Enforcement's inspections.");
        if (request.OccurredOn is not { } occurred) errors.Add("occurredOn", "请填写发生日期 / the day it happened is required.");
        else errors.If(occurred > today, "occurredOn", "发生日期不能晚于今天 / the day cannot be in the future.");
        errors.RequireText("note", request.Note, "情况说明", "a description");
        if (request.ProjectId is { } projectId && await session.LoadAsync<WorksProject>(projectId, cancellation) is null)
            errors.Add("projectId", $"没有编号为 {projectId} 的限下工程项目 / no works project {projectId}.");
        errors.ThrowIfAny();

        var outgoing = new OutgoingMessages();
        var incident = new CreditIncidentRecorded(BidderCredit.IdOf(code), code, request.BidderName!.Trim(), Guid.CreateVersion7(), request.Kind!.Value,
            policy.PointsOf(request.Kind.Value), request.OccurredOn!.Value, today, request.ProjectId, actor.Department!, request.Note!.Trim(), now);
        var (after, bar) = await CreditRecording.RecordAsync(session, incident, policy, outgoing, cancellation);
        return (new IncidentRecordedResponse(incident.IncidentId, incident.Points, CreditRules.CountedOn(after.Incidents, today, policy), bar?.BarredUntil), outgoing);
    }
}
