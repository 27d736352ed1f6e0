namespace Nanchuan.Judiciary.HealthCheck;

/// <summary>法治体检: one matter, the departments convened, who took part, and the mediation plan agreed.</summary>
/// <param name="Matter">The one matter discussed (一事一议).</param>
/// <param name="Departments">The departments concerned that the court convened (at least one besides the court).</param>
/// <param name="Participants">Who took part, e.g. "王某（区市场监管局）"; at least two.</param>
/// <param name="Plan">The mediation plan agreed.</param>
public sealed record HoldConsultationBody(string? Matter, IReadOnlyList<string>? Departments, IReadOnlyList<string>? Participants, string? Plan)
    : IOpenApiExample<HoldConsultationBody>
{
    public static HoldConsultationBody Example => new("被告企业因土地手续未完善无法以厂房抵押融资偿付货款",
        ["区规划自然资源局", "区经济信息委"], ["陈法官（区法院）", "刘科长（区规划自然资源局）", "赵科长（区经济信息委）"],
        "区规划自然资源局30日内指导补办不动产登记，企业以厂房抵押融资后分期偿付，申请人暂缓申请强制执行。");
}

internal static class ConsultationDecision
{
    private const string Action = "法治体检联席会商 (joint consultation)";

    public static HealthCheckConsultationHeld Hold(DisputeCase state, HoldConsultationBody body, DateTimeOffset now)
    {
        if (state.Status == DisputeStatus.Resolved) throw new InvalidStateTransitionException(state.Status.ToChinese(), Action);
        var errors = new FieldErrors();
        errors.RequireText("matter", body.Matter, "会商事项（一事一议）", "the one matter discussed");
        var departments = Named(body.Departments);
        errors.If(departments.Count == 0 || departments.All(d => d == Units.Court), "departments",
            "请列明会商的相关职能部门 / name the departments concerned that were convened.");
        var participants = Named(body.Participants);
        errors.If(participants.Count < 2, "participants", "请列明参会人员（至少两人） / list who took part (at least two).");
        errors.RequireText("plan", body.Plan, "商定的调解方案", "the mediation plan agreed");
        errors.ThrowIfAny();
        var matter = body.Matter!.Trim();
        if (state.Consultations.Any(c => c.Matter == matter))
            throw new InvalidStateTransitionException("该事项已会商", Action,
                $"本案已就“{matter}”会商，一事一议：请记录新的事项 / this matter was already discussed for the case; one matter, one consultation.");
        return new HealthCheckConsultationHeld(state.Id, Guid.CreateVersion7(), matter, departments, participants, body.Plan!.Trim(), now);
    }

    private static List<string> Named(IReadOnlyList<string>? names) =>
        names is null ? [] : [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct()];
}

public static class HoldConsultationEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/consultations")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("法治体检联席会商 / Record a legal health check consultation")]
    [EndpointDescription("The district court convened the departments concerned on one matter of the enterprise's case (一事一议) and records who took part and the mediation plan agreed. A matter already discussed for the case is 409; a resolved case needs none (409).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, HoldConsultationBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        JudiciaryAccess.EnsureCourt(CurrentActor.Value, "组织法治体检联席会商");
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        return CaseStreams.Append(stream, ConsultationDecision.Hold(stream.Aggregate!, request, time.GetUtcNow()));
    }
}
