using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Utilities.Contracts;

namespace Nanchuan.Oversight.Supervising;

/// <summary>督办 from the oversight side: what the case's department is told to do, and by when.</summary>
public sealed record OversightNoticeBody(string? Demand) : IOpenApiExample<OversightNoticeBody>
{
    public static OversightNoticeBody Example => new("请于3个工作日内办结并反馈办理情况。");
}

/// <summary>
/// 督办 on any module's case from the cross-module list (ADR 0079): the business office names the case, the owning module
/// takes the step through its contract command (invoked in-process as the business office's officer, so its refusal is this answer and nothing is written)
/// and publishes <see cref="SupervisionNoticeIssued"/>, which the read side files like any other.
/// </summary>
public static class IssueSupervisionNoticeEndpoint
{
    [WolverinePost($"{OversightModule.Route}/cases/{{id}}/supervision-notice")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(OversightModule.Tag)]
    [EndpointSummary("督办（跨模块） / Issue a supervision notice on any module's case")]
    [EndpointDescription("The BusinessOffice only. The case is any the oversight read side knows (404 otherwise); the owning module records the notice on the case as its own step and publishes SupervisionNoticeIssued. `demand` is required (400). The module's own rule decides: 409 naming the state when nothing of the case is overdue (Grievances: the current round overdue and unreported; Utilities: a deadline missed with its step open; every other module with deadlines: one of them overdue, and the notice covers every overdue deadline of the case, each addressed to its department); 409 naming platform rule 4 for a case type whose module's spec sets no deadline (e.g. LandUse). Nothing is written on a refusal. Answers the module's step (case id, its new version, event, summary).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, OversightNoticeBody request, IQuerySession session, IMessageBus bus, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        errors.RequireText("demand", request.Demand, "督办要求", "the demand");
        errors.ThrowIfAny();
        var entries = await OversightRows.EntriesAsync(session, "case_id = ?", cancellation, id);
        var known = entries.FirstOrDefault() ?? throw new NotFoundException($"督查信息中没有编号为 {id} 的案件 / no case with id {id} in the oversight records.");
        var command = CommandFor(known.Module, known.CaseType, id, request.Demand!.Trim());
        return await bus.InvokeAsync<CaseStepRecorded>(command, ActorEnvelopeHeaders.OfCurrentActor(), cancellation);
    }

    /// <summary>
    /// The owning module's command: Grievances and Utilities keep their own; every other case type gets the kit's
    /// <see cref="SuperviseCase"/>, answered by its module's deadlines when they opted in, else a 409 naming platform rule 4 (ADR 0107).
    /// </summary>
    private static object CommandFor(string module, string caseType, Guid id, string demand) => module switch
    {
        "Grievances" => new SuperviseEnterpriseRequest(id, demand),
        "Utilities" => new SuperviseUtilityConnection(id, caseType, demand),
        _ => new SuperviseCase(module, caseType, id, demand),
    };
}
