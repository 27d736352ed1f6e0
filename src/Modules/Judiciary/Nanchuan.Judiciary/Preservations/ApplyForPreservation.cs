namespace Nanchuan.Judiciary.Preservations;

/// <summary>A preservation application and its security.</summary>
/// <param name="Amount">The amount to preserve, CNY (more than 0).</param>
/// <param name="Security">cashDeposit, or guaranteePolicy (保全+保险: a guarantee policy instead of the deposit).</param>
/// <param name="Insurer">Required for a guarantee policy, refused for a cash deposit.</param>
/// <param name="PolicyNumber">Required for a guarantee policy, refused for a cash deposit.</param>
public sealed record ApplyForPreservationBody(decimal? Amount, PreservationSecurity? Security, string? Insurer, string? PolicyNumber)
    : IOpenApiExample<ApplyForPreservationBody>
{
    public static ApplyForPreservationBody Example => new(480000m, PreservationSecurity.GuaranteePolicy, "中国人民财产保险股份有限公司重庆市南川支公司", "PICC-BQ-2026-000123");
}

internal static class PreservationDecision
{
    public static PreservationApplied Record(DisputeCase state, ApplyForPreservationBody body, DateTimeOffset now)
    {
        if (state.Status is DisputeStatus.Resolved) throw new InvalidStateTransitionException(state.Status.ToChinese(), "申请保全 (apply for preservation)");
        var errors = new FieldErrors();
        errors.If(body.Amount is not > 0, "amount", "请填写保全金额（大于0元） / the amount to preserve is required (more than 0 CNY).");
        errors.If(body.Security is not { } security || !Enum.IsDefined(security), "security",
            "请填写担保方式：cashDeposit（现金担保）或 guaranteePolicy（保全+保险） / the security is required: cashDeposit or guaranteePolicy.");
        var policy = body.Security == PreservationSecurity.GuaranteePolicy;
        if (policy)
        {
            errors.RequireText("insurer", body.Insurer, "出具保函的保险公司", "the insurer of the guarantee policy");
            errors.RequireText("policyNumber", body.PolicyNumber, "保单号", "the guarantee policy's number");
        }
        else if (body.Security == PreservationSecurity.CashDeposit)
        {
            errors.If(body.Insurer is not null, "insurer", "现金担保无保险公司 / a cash deposit has no insurer.");
            errors.If(body.PolicyNumber is not null, "policyNumber", "现金担保无保单号 / a cash deposit has no policy number.");
        }
        errors.ThrowIfAny();
        return new PreservationApplied(state.Id, Guid.CreateVersion7(), body.Amount!.Value, body.Security!.Value, policy ? body.Insurer!.Trim() : null,
            policy ? body.PolicyNumber!.Trim() : null, now, Months.Of(now));
    }
}

public static class ApplyForPreservationEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/preservations")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler}")]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("申请诉讼保全 / Apply for preservation")]
    [EndpointDescription("The enterprise of the case (or the court on its behalf) records a preservation application and its security: a cash deposit, or a guarantee policy with insurer and policy number (保全+保险). The report shows the share secured by insurance. 409 once the dispute is resolved.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, ApplyForPreservationBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        JudiciaryAccess.EnsureCourtOrOwnEnterprise(CurrentActor.Value, stream.Aggregate!, "申请保全");
        return CaseStreams.Append(stream, PreservationDecision.Record(stream.Aggregate!, request, time.GetUtcNow()));
    }
}
