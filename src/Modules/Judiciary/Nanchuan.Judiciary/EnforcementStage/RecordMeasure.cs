namespace Nanchuan.Judiciary.EnforcementStage;

/// <summary>Asset disposal or credit punishment against the enterprise.</summary>
/// <param name="Measure">assetDisposal or creditPunishment.</param>
/// <param name="Detail">What was done (e.g. the listing, the assets).</param>
public sealed record RecordMeasureBody(EnforcementMeasure? Measure, string? Detail) : IOpenApiExample<RecordMeasureBody>
{
    public static RecordMeasureBody Example => new(EnforcementMeasure.CreditPunishment, "纳入失信被执行人名单");
}

internal static class MeasureDecision
{
    private const string Action = "记录执行措施 (record an enforcement measure)";

    /// <summary>Refused inside a buffer (409 naming its last day); accepted once it ended or the settlement failed.</summary>
    public static EnforcementMeasureRecorded Record(DisputeCase state, RecordMeasureBody body, DateTimeOffset now)
    {
        if (state.Stage != DisputeStage.Enforcement) throw new InvalidStateTransitionException(state.Stage.ToChinese() + "阶段", Action);
        var errors = new FieldErrors();
        errors.If(body.Measure is not { } measure || !Enum.IsDefined(measure), "measure",
            "请填写执行措施：assetDisposal（财产处置）或 creditPunishment（信用惩戒） / the measure is required: assetDisposal or creditPunishment.");
        errors.RequireText("detail", body.Detail, "措施内容", "what was done");
        errors.ThrowIfAny();
        if (state.BufferAt(now) is { } buffer)
        {
            var lastDay = BufferDecision.LastDay(buffer.EndsAt);
            throw new InvalidStateTransitionException("缓冲期内", Action,
                $"企业在执行和解缓冲期内（至{lastDay:yyyy-MM-dd}止），不得{body.Measure!.Value.ToChinese()} / the enterprise is in its settlement buffer until {lastDay:yyyy-MM-dd}: no asset disposal or credit punishment.");
        }
        return new EnforcementMeasureRecorded(state.Id, body.Measure!.Value, body.Detail!.Trim(), now);
    }
}

public static class RecordMeasureEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/enforcement-measures")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("记录财产处置或信用惩戒 / Record asset disposal or credit punishment")]
    [EndpointDescription("The district court records an asset disposal or a credit punishment (失信惩戒) against the enterprise. Inside a settlement buffer it is refused with 409 naming the buffer's last day; the day after the buffer ends (or once the settlement failed) it is accepted. 409 outside the enforcement stage.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, RecordMeasureBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        JudiciaryAccess.EnsureCourt(CurrentActor.Value, "记录执行措施");
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        return CaseStreams.Append(stream, MeasureDecision.Record(stream.Aggregate!, request, time.GetUtcNow()));
    }
}
