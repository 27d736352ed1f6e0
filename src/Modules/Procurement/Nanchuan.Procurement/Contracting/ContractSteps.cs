namespace Nanchuan.Procurement.Contracting;

/// <summary>The contract signed with the awarded contractor: its number and amount (CNY, to the fen, not above the project value).</summary>
public sealed record SignContractBody(string? ContractNumber, decimal? Amount) : IOpenApiExample<SignContractBody>
{
    public static SignContractBody Example => new("JLC-2025-007", 812_500.00m);
}

/// <summary>The completion acceptance (竣工验收) and what it found.</summary>
public sealed record AcceptCompletionBody(string? Note) : IOpenApiExample<AcceptCompletionBody>
{
    public static AcceptCompletionBody Example => new("道路硬化2.3公里，质量合格，资料齐全。");
}

/// <summary>A failed completion acceptance and what must be rectified.</summary>
public sealed record FailCompletionBody(string? Findings) : IOpenApiExample<FailCompletionBody>
{
    public static FailCompletionBody Example => new("路面平整度不合格，K1+200至K1+350段须返工。");
}

/// <summary>The steps after the award, each the owner's, each legal in its states only (409 naming the state otherwise).</summary>
public static class ContractStepEndpoints
{
    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/contract")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("签订合同 / Sign the contract")]
    [EndpointDescription("The owner records the contract signed with the awarded contractor. Only once awarded.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Sign(Guid id, SignContractBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var (stream, state) = await OwnersStepAsync(session, id, "签订合同 (sign the contract)", cancellation, ProjectStatus.Awarded);
        var errors = new FieldErrors();
        errors.RequireText("contractNumber", request.ContractNumber, "合同编号", "the contract number");
        errors.Money("amount", request.Amount, "合同金额", "the amount");
        errors.If(request.Amount > state.Value, "amount", $"合同金额不能高于项目金额{state.Value:0.00}元 / the amount cannot exceed the project value of {state.Value:0.00} CNY.");
        errors.ThrowIfAny();
        return CaseStreams.Append(stream, new WorksContractSigned(id, request.ContractNumber!.Trim(), request.Amount!.Value, time.GetUtcNow()));
    }

    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/works-start")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("开工 / Start the works")]
    [EndpointDescription("The owner records that the works started: performance is under way. Only once the contract is signed.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Start(Guid id, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var (stream, _) = await OwnersStepAsync(session, id, "开工 (start the works)", cancellation, ProjectStatus.Contracted);
        return CaseStreams.Append(stream, new WorksStarted(id, time.GetUtcNow()));
    }

    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/completion-acceptance")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("竣工验收 / Accept completion")]
    [EndpointDescription("The owner records the passed completion acceptance; the project is closed. While performing, or rectifying after a failed acceptance.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Accept(
        Guid id, AcceptCompletionBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var (stream, _) = await OwnersStepAsync(session, id, "竣工验收 (accept completion)", cancellation, ProjectStatus.Performing, ProjectStatus.Rectifying);
        var errors = new FieldErrors();
        errors.RequireText("note", request.Note, "验收意见", "the acceptance note");
        errors.ThrowIfAny();
        var answer = CaseStreams.Append(stream, new CompletionAccepted(id, request.Note!.Trim(), time.GetUtcNow()));
        return (answer, [ProcurementCases.Closed(await CaseStreams.StateAfterAsync(session, stream, cancellation))]);
    }

    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/completion-acceptance-failure")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("竣工验收不合格 / Record a failed completion acceptance")]
    [EndpointDescription("The owner records that the completion acceptance failed and what must be rectified; the project is rectifying until an acceptance passes. While performing or rectifying: 409 naming the state otherwise.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> FailAcceptance(Guid id, FailCompletionBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var (stream, _) = await OwnersStepAsync(session, id, "竣工验收不合格 (record the failed acceptance)", cancellation, ProjectStatus.Performing, ProjectStatus.Rectifying);
        var errors = new FieldErrors();
        errors.RequireText("findings", request.Findings, "验收发现的问题", "the findings");
        errors.ThrowIfAny();
        return CaseStreams.Append(stream, new CompletionAcceptanceFailed(id, request.Findings!.Trim(), time.GetUtcNow()));
    }

    internal static async Task<(JasperFx.Events.IEventStream<WorksProject>, WorksProject)> OwnersStepAsync(
        IDocumentSession session, Guid id, string action, CancellationToken cancellation, params ProjectStatus[] allowed)
    {
        var stream = await CaseStreams.LoadAsync<WorksProject>(session, id, ProcurementCases.ProjectName, cancellation);
        var state = stream.Aggregate!;
        ProcurementAccess.EnsureOwner(CurrentActor.Value, state);
        if (!allowed.Contains(state.Status)) throw new InvalidStateTransitionException(state.Status.ToChinese(), action);
        return (stream, state);
    }
}
