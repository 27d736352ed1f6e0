namespace Nanchuan.Judiciary.Litigation;

/// <summary>The court's filing of the lawsuit: its case number or a note on it.</summary>
public sealed record FileForLitigationBody(string? Note) : IOpenApiExample<FileForLitigationBody>
{
    public static FileForLitigationBody Example => new("诉前调解不成，依法登记立案：（2026）渝0119民初2345号。");
}

internal static class LitigationDecision
{
    private const string Action = "诉前调解不成转立案 (file for litigation after a failed mediation)";

    /// <summary>
    /// 诉前调解不成转立案: only a pre-litigation case whose mediation failed moves to litigation; any other is a 409 naming where it
    /// stands (the stage for a case already in litigation or enforcement, the handling state otherwise).
    /// </summary>
    public static DisputeFiledForLitigation File(DisputeCase state, FileForLitigationBody body, DateTimeOffset now)
    {
        if (state.Stage != DisputeStage.PreLitigation)
            throw new InvalidStateTransitionException(state.Stage.ToChinese() + "阶段", Action);
        Steps.Require(state, DisputeStatus.Unresolved, Action);
        return new DisputeFiledForLitigation(state.Id, Steps.Text("note", body.Note, "立案情况", "the filing of the lawsuit"), now, Months.Of(now));
    }
}

public static class FileForLitigationEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/litigation")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("诉前调解不成转立案 / File for litigation after the pre-litigation mediation failed")]
    [EndpointDescription("The district court files the lawsuit as the next step of the same case: the stage becomes litigation and the case is filed again at the court, which may refer it to the conflict-mediation centre for the comprehensive handling (oversight CaseOpened). The report pre_litigation_success counts it as litigated. 409 naming the state unless the case is pre-litigation and its mediation failed.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, FileForLitigationBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        JudiciaryAccess.EnsureCourt(CurrentActor.Value, "转立案");
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        var filed = LitigationDecision.File(stream.Aggregate!, request, time.GetUtcNow());
        var answer = CaseStreams.Append(stream, filed);
        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        return (answer, new OutgoingMessages { JudiciaryCases.Litigated(after, filed) });
    }
}
