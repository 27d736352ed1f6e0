using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.Judiciary.Contracts;

namespace Nanchuan.Judiciary.Results;

/// <summary>The mediation's result.</summary>
/// <param name="Resolved">Whether the dispute was resolved (调处成功: an agreement, a withdrawal, a settlement paid).</param>
/// <param name="Summary">What was agreed, or why it failed.</param>
public sealed record ReportMediationResultBody(bool? Resolved, string? Summary) : IOpenApiExample<ReportMediationResultBody>
{
    public static ReportMediationResultBody Example => new(true, "双方达成调解协议：被申请人分三期支付货款48万元，申请人撤回起诉。");
}

internal static class ResultDecision
{
    /// <summary>
    /// On time when reported by the due instant; while the parties' pause holds the clock, the limit cannot run out, so a
    /// result then is on time unless the case was overdue before the pause.
    /// </summary>
    public static MediationResultReported Report(DisputeCase state, ReportMediationResultBody body, DateTimeOffset now)
    {
        var mediation = Steps.Mediating(state, "报告调处结果 (report the result)");
        var errors = new FieldErrors();
        errors.If(body.Resolved is null, "resolved", "请说明是否调处成功 / say whether the dispute was resolved.");
        errors.RequireText("summary", body.Summary, "调处情况", "what was agreed, or why it failed");
        errors.ThrowIfAny();
        var onTime = mediation.PausedAt is null ? DeadlineRules.IsOnTime(now, mediation.DueAt) : !mediation.Overdue;
        return new MediationResultReported(state.Id, mediation.Unit, body.Resolved!.Value, body.Summary!.Trim(), onTime, now);
    }
}

public static class ReportMediationResultEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/mediation/result")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("报告调处结果 / Report the mediation's result")]
    [EndpointDescription("The assigned unit reports the result, resolved or not, and whether within the limit (the due instant itself is on time). The case's comprehensive handling ends (oversight CaseClosed); a resolved enterprise case counts toward the district's 平安建设 assessment for the unit and month and is published as EnterpriseDisputeResolved. 409 unless the unit is mediating it.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, ReportMediationResultBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        JudiciaryAccess.EnsureAssignedUnit(CurrentActor.Value, stream.Aggregate!);
        var reported = ResultDecision.Report(stream.Aggregate!, request, time.GetUtcNow());
        var answer = CaseStreams.Append(stream, reported);
        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        var outgoing = new OutgoingMessages { JudiciaryCases.Closed(after) };
        if (reported.Resolved)
            outgoing.Add(new EnterpriseDisputeResolved(id, after.CreditCode, reported.Unit, Months.Of(reported.ReportedAt), reported.OnTime, reported.ReportedAt));
        return (answer, outgoing);
    }
}
