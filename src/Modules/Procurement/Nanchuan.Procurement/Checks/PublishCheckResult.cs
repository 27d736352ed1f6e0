using Nanchuan.Procurement.Credit;

namespace Nanchuan.Procurement.Checks;

/// <summary>The result of one drawn project's performance check, published as it is recorded.</summary>
public sealed record PublishCheckResultBody(Guid? ProjectId, CheckOutcome? Outcome, string? Findings) : IOpenApiExample<PublishCheckResultBody>
{
    public static PublishCheckResultBody Example => new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), CheckOutcome.Satisfactory, "施工单位人员到岗，进度与合同一致。");
}

public static class PublishCheckResultEndpoint
{
    [WolverinePost($"{ProcurementModule.Route}/checks/{{id}}/results")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("公开履约检查结果 / Publish a check result")]
    [EndpointDescription("The department that drew the checks records and publishes (一公开) the result of one drawn project: satisfactory or deficient, with the findings. A deficient result scores the project's contractor in the same step (late or poor performance, default 3 points, recorded by the department); a project without a contractor yet scores nobody. Only drawn projects, once each (409 otherwise).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, PublishCheckResultBody request, IDocumentSession session, CreditPolicy policy, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<CheckDraw>(session, id, ProcurementCases.CheckDrawName, cancellation);
        var state = stream.Aggregate!;
        if (CurrentActor.Value.Department != state.Department)
            throw new AccessDeniedException($"只有{state.Department}可以公开其抽取项目的检查结果 / only {state.Department} publishes these results.");
        var errors = new FieldErrors();
        errors.If(request.ProjectId is null, "projectId", "请填写项目编号 / the project id is required.");
        errors.If(request.Outcome is not { } outcome || !Enum.IsDefined(outcome), "outcome", "请填写检查结论：satisfactory 或 deficient / the outcome is required: satisfactory or deficient.");
        errors.RequireText("findings", request.Findings, "检查情况", "the findings");
        errors.If(request.ProjectId is { } pid && !state.Draw.Selected.Contains(pid.ToString()), "projectId", "该项目未被抽中 / the project was not drawn.");
        errors.ThrowIfAny();
        if (state.Results.Any(r => r.ProjectId == request.ProjectId))
            throw new InvalidStateTransitionException("结果已公开", "公开检查结果 (publish the result)");
        var result = new PerformanceCheckResultPublished(id, request.ProjectId!.Value, request.Outcome!.Value, request.Findings!.Trim(), time.GetUtcNow());
        var answer = CaseStreams.Append(stream, result);
        var outgoing = new OutgoingMessages();
        if (result.Outcome == CheckOutcome.Deficient && await session.LoadAsync<WorksProject>(result.ProjectId, cancellation) is { Contractor: { } contractor } project)
            await CreditRecording.RecordAsync(session, DeficiencyIncident(state, project, contractor, result, policy), policy, outgoing, cancellation);
        return (answer, outgoing);
    }

    /// <summary>
    /// The check's finding as a credit incident of the contractor (ADR 0067): late or poor performance, by the checking
    /// department, on the day published; its id is derived from the draw and the project, as a result is published once.
    /// </summary>
    private static CreditIncidentRecorded DeficiencyIncident(
        CheckDraw draw, WorksProject project, Party contractor, PerformanceCheckResultPublished result, CreditPolicy policy)
    {
        var day = BeijingTime.DayOf(result.PublishedAt);
        return new CreditIncidentRecorded(BidderCredit.IdOf(contractor.CreditCode), contractor.CreditCode, contractor.Name,
            DerivedIds.FromName($"nanchuan:procurement:incident:check:{draw.Id}:{project.Id}"), IncidentKind.LateOrPoorPerformance, policy.PointsOf(IncidentKind.LateOrPoorPerformance), day, day, project.Id,
            draw.Department, $"{draw.Quarter}履约检查（双随机）发现问题，项目“{project.Title}”：{result.Findings}", result.PublishedAt);
    }
}
