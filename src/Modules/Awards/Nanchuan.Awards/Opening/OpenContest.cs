namespace Nanchuan.Awards.Opening;

/// <summary>Opens a contest year; its numbers are the configured ones (spec defaults: 20, 15, 10, vote 50%).</summary>
public sealed record OpenContestRequest(int? Year) : IOpenApiExample<OpenContestRequest>
{
    public static OpenContestRequest Example => new(2024);
}

public sealed record ContestOpenedResponse(Guid Id, int Year, ContestRules Rules) : CreationResponse($"{AwardsModule.Route}/contests/{Year}");

public static class OpenContestEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("启动年度评选 / Open a contest year")]
    [EndpointDescription("The BusinessOffice opens the year's contest (one per year; a second is 409). Submissions are open from then on.")]
    [ProducesResponseType<ContestOpenedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ContestOpenedResponse, OutgoingMessages)> Post(
        OpenContestRequest request, IDocumentSession session, AwardsOptions options, TimeProvider time, CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        errors.If(request.Year is null, "year", "请填写评选年度 / the year is required.");
        errors.If(request.Year is { } y && (y < 2024 || y > now.ToOffset(Beijing.Offset).Year + 1), "year",
            "评选年度应在2024年至明年之间 / the year is between 2024 and next year.");
        errors.ThrowIfAny();
        var year = request.Year!.Value;
        if (await CaseStreams.LoadIfAnyAsync<Contest>(session, Contest.IdOf(year), cancellation) is { } existing)
            throw new InvalidStateTransitionException($"{existing.Aggregate!.Phase.ToChinese()}阶段", "启动年度评选",
                $"{year}年度评选已经启动 / the {year} contest is open already.");
        var opened = new ContestOpened(Contest.IdOf(year), year, options.Rules(), now);
        session.Events.StartStream<Contest>(opened.ContestId, opened);
        return (new ContestOpenedResponse(opened.ContestId, year, opened.Rules), new OutgoingMessages { AwardsCases.Opened(opened) });
    }
}
