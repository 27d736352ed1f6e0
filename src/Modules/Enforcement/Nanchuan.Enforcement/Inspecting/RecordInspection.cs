using Nanchuan.BuildingBlocks.Platform.Errors;
using Nanchuan.Enforcement.Checklists;
using Nanchuan.Enforcement.OtherModules;
using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Enforcement.Inspecting;

/// <summary>
/// The inspectors entered an enterprise (入企检查). Without <c>exceptionType</c> it is a comprehensive inspection of the
/// quarter's plan: the plan names the departments and inspectors. With it, an exception inspection of the recording
/// department alone, which states its basis (the complaint it answers, linked by <c>linkedCaseId</c> when it is a case here).
/// </summary>
/// <param name="EnterpriseName">Required for an exception inspection of a company not registered on the platform (a registered one takes
/// its registered name, a planned one the plan's).</param>
/// <param name="LinkedCaseId">The enterprise request (企业诉求) an exception inspection answers, when it answers one: it must have been
/// assigned, about the same enterprise; the two cases are then linked both ways.</param>
/// <param name="Inspectors">The inspectors of an exception inspection, at least two (行政执法人员不少于两人).</param>
/// <param name="VisitedAt">When they entered; leave out for now.</param>
public sealed record RecordInspectionRequest(
    string? CreditCode,
    string? EnterpriseName,
    string? ExceptionType,
    string? ExceptionBasis,
    Guid? LinkedCaseId,
    IReadOnlyList<string>? Inspectors,
    DateTimeOffset? VisitedAt) : IOpenApiExample<RecordInspectionRequest>
{
    public static RecordInspectionRequest Example => new("91500119MA5U8XRB98", "重庆南川示例科技有限公司", "complaint",
        "受理群众投诉：夜间生产噪声扰民", null, ["环境局 刘某", "环境局 何某"], new DateTimeOffset(2025, 4, 25, 10, 0, 0, TimeSpan.FromHours(8)));
}

/// <summary>The inspection recorded: where it is, what kind, and whether it used the enterprise's comprehensive inspection of the quarter.</summary>
public sealed record InspectionRecordedResponse(Guid Id, InspectionKind Kind, string Quarter, IReadOnlyList<string> Departments)
    : CreationResponse($"{EnforcementModule.Route}/inspections/{Id}");

public static class RecordInspectionEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/inspections")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("登记入企检查 / Record an inspection visit")]
    [EndpointDescription("An inspecting department records a visit. A planned enterprise's comprehensive inspection uses its one of the quarter (a second is 409) and must fall in its planned month's park inspection (409 otherwise). An exception inspection states its type (configurable; default specialSupervision, complaint, emergency) and basis and leaves the quarter's count alone. A visit with neither a plan entry for the department nor an exception is refused (403) and recorded as an unauthorised inspection for the Justice Bureau; the answer names the record.")]
    [ProducesResponseType<InspectionRecordedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(IResult, OutgoingMessages)> Post(
        RecordInspectionRequest request, IDocumentSession session, ExceptionTypes exceptionTypes, TimeProvider time, CancellationToken cancellation)
    {
        var department = EnforcementAccess.EnsureInspectingDepartment(CurrentActor.Value);
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        var creditCode = errors.CreditCode("creditCode", request.CreditCode);
        var exception = request.ExceptionType is not null;
        var registered = creditCode.Length == 0 ? null : await session.LoadAsync<KnownEnterprise>(creditCode, cancellation);
        AssignedGrievance? grievance = null;
        if (exception)
        {
            errors.If(!exceptionTypes.Contains(request.ExceptionType!), "exceptionType",
                $"例外检查类型应为：{string.Join("、", exceptionTypes.All.Select(t => $"{t.Key}（{t.Value}）"))} / the exception type must be one of: {string.Join(", ", exceptionTypes.All.Keys)}.");
            errors.RequireText("exceptionBasis", request.ExceptionBasis, "例外检查依据（如所涉投诉举报）", "the basis of the exception inspection (e.g. the complaint it answers)");
            if (registered is null) errors.RequireText("enterpriseName", request.EnterpriseName, "企业名称", "the enterprise's name");
            if (request.LinkedCaseId is { } grievanceId)
            {
                grievance = await session.LoadAsync<AssignedGrievance>(grievanceId, cancellation);
                errors.If(grievance is null, "linkedCaseId", $"没有已交办的企业诉求{grievanceId} / no assigned enterprise request {grievanceId}.");
                errors.If(grievance is not null && !string.Equals(grievance.CreditCode, creditCode, StringComparison.OrdinalIgnoreCase), "linkedCaseId",
                    "该企业诉求不是本企业的 / that enterprise request is about another enterprise.");
            }
            errors.If(request.Inspectors is null || request.Inspectors.Count(n => !string.IsNullOrWhiteSpace(n)) < 2, "inspectors",
                "执法人员不少于两人 / an inspection needs at least two inspectors.");
        }
        errors.ThrowIfAny();
        var visitedAt = VisitTime.Resolve(request.VisitedAt, now, "visitedAt");
        var quarter = Quarter.Of(visitedAt);
        var outgoing = new OutgoingMessages();

        if (exception)
        {
            var checklist = await ChecklistVersions.CurrentAsync(session, cancellation);
            var recorded = new InspectionRecorded(Guid.CreateVersion7(), quarter.ToString(), BeijingTime.MonthOf(visitedAt), InspectionKind.Exception,
                request.ExceptionType, request.ExceptionBasis!.Trim(), request.LinkedCaseId, creditCode, registered?.Name ?? request.EnterpriseName!.Trim(), null,
                [department], department, request.Inspectors!.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList(), visitedAt, checklist.Number);
            if (grievance is not null)
                outgoing.Add(new LinkRelatedCase(grievance.Id, EnforcementModule.ModuleName, recorded.InspectionId,
                    $"{department}例外检查（{exceptionTypes.All[request.ExceptionType!]}）：{recorded.ExceptionBasis}", now));
            return Started(session, recorded, outgoing);
        }

        var plan = await CaseStreams.LoadIfAnyAsync<QuarterlyPlan>(session, QuarterlyPlan.IdOf(quarter), cancellation);
        var decision = InspectionDecision.Planned(plan?.Aggregate, creditCode, request.EnterpriseName, department, visitedAt, now);
        if (decision.Unauthorised is { } attempt)
        {
            session.Events.StartStream<UnauthorisedInspection>(attempt.CaseId, attempt);
            outgoing.Add(EnforcementCases.Opened(UnauthorisedInspection.Create(attempt)));
            return (Results.Problem(
                title: ProblemTitles.Forbidden, statusCode: StatusCodes.Status403Forbidden,
                detail: $"{creditCode}不在{quarter.ToChinese()}综合执法计划中（或{department}不在其检查部门之列），且未说明例外情形：不予登记，已记为不按规定擅自检查，提交区司法局核实 / " +
                        $"{creditCode} has no plan entry for {department} in {quarter} and no exception was stated: the inspection is not recorded as legitimate; the attempt is recorded as unauthorised for the Justice Bureau.",
                extensions: new Dictionary<string, object?> { ["unauthorisedInspectionId"] = attempt.CaseId }), outgoing);
        }
        plan!.AppendOne(decision.CarriedOut!);
        return Started(session, decision.Recorded!, outgoing);
    }

    private static (IResult, OutgoingMessages) Started(IDocumentSession session, InspectionRecorded recorded, OutgoingMessages outgoing)
    {
        session.Events.StartStream<Inspection>(recorded.InspectionId, recorded);
        outgoing.Add(EnforcementCases.Opened(Inspection.Create(recorded)));
        var response = new InspectionRecordedResponse(recorded.InspectionId, recorded.Kind, recorded.Quarter, recorded.Departments);
        return (Results.Created(response.Url, response), outgoing);
    }
}
