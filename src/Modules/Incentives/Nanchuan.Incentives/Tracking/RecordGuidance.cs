namespace Nanchuan.Incentives.Tracking;

/// <summary>Guidance the tracking officer gave the enterprise (指导提醒企业及时履约).</summary>
/// <param name="MilestoneCode">The milestone it was about, when it was about one.</param>
public sealed record RecordGuidanceBody(string? MilestoneCode, string? Guidance) : IOpenApiExample<RecordGuidanceBody>
{
    public static RecordGuidanceBody Example => new("E1", "上门指导企业整理固定资产投资凭证，提示12月31日前完成专项审计");
}

public static class RecordGuidanceEndpoint
{
    [WolverinePost($"{IncentivesModule.Route}/agreements/{{id}}/guidance")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("记录跟踪指导 / Record guidance given")]
    [EndpointDescription("The agreement's tracking officer records guidance given to the enterprise, about one milestone or in general. Only that officer (403 otherwise).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<CaseStepRecorded> Post(Guid id, RecordGuidanceBody body, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var stream = await CaseStreams.LoadAsync<Agreement>(session, id, AgreementCases.Name, cancellation);
        var agreement = stream.Aggregate!;
        IncentiveAccess.EnsureOfficer(actor, agreement);
        var errors = new FieldErrors();
        var guidance = errors.Text("guidance", body.Guidance, "指导内容", "the guidance given");
        errors.If(body.MilestoneCode is not null && agreement.Milestone(body.MilestoneCode) is null, "milestoneCode",
            $"协议中没有履约事项{body.MilestoneCode} / the agreement has no milestone {body.MilestoneCode}.");
        errors.ThrowIfAny();
        return CaseStreams.Append(stream, new TrackingGuidanceRecorded(id, body.MilestoneCode, guidance, actor.Name, time.GetUtcNow()));
    }
}
