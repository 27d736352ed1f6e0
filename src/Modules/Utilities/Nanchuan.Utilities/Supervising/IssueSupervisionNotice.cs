using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Utilities.Contracts;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using Nanchuan.Utilities.Gas;
using Nanchuan.Utilities.Power;
using Nanchuan.Utilities.Water;

namespace Nanchuan.Utilities.Supervising;

/// <summary>督办: what the overdue provider is told to do, and by when.</summary>
public sealed record IssueSupervisionNoticeBody(string? Demand) : IOpenApiExample<IssueSupervisionNoticeBody>
{
    public static IssueSupervisionNoticeBody Example => new("请于2个工作日内完成接电并反馈办理情况。");
}

/// <summary>
/// 督办 (platform rule 4): the BusinessOffice escalates an overdue connection to its provider. Only while a deadline of the
/// case is missed and its step still open (else 409 naming the state); the demand is required (else 400).
/// </summary>
public static class IssueSupervisionNoticeEndpoints
{
    private const string Description =
        "The BusinessOffice (区营商办) only. Only while the connection is overdue (a deadline passed with its step still open), otherwise 409 naming the state; `demand` is required (400). Recorded on the case (visible in its full process) and in the overdue list; publishes the oversight contract's SupervisionNoticeIssued.";

    [WolverinePost($"{UtilitiesModule.Route}/power-connections/{{id}}/supervision-notice")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("督办超期电力报装 / Issue a supervision notice on an overdue power connection")]
    [EndpointDescription(Description)]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static Task<(CaseStepRecorded, BuildingBlocks.Oversight.SupervisionNoticeIssued)> Power(Guid id, IssueSupervisionNoticeBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        Issue<PowerConnection>(id, PowerDeadlines.Type, PowerStepEndpoints.What, request, session, time, cancellation);

    [WolverinePost($"{UtilitiesModule.Route}/water-connections/{{id}}/supervision-notice")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("督办超期供水报装 / Issue a supervision notice on an overdue water connection")]
    [EndpointDescription(Description)]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static Task<(CaseStepRecorded, BuildingBlocks.Oversight.SupervisionNoticeIssued)> Water(Guid id, IssueSupervisionNoticeBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        Issue<WaterConnection>(id, WaterDeadlines.Type, WaterStepEndpoints.What, request, session, time, cancellation);

    [WolverinePost($"{UtilitiesModule.Route}/gas-connections/{{id}}/supervision-notice")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("督办超期燃气报装 / Issue a supervision notice on an overdue gas connection")]
    [EndpointDescription(Description)]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static Task<(CaseStepRecorded, BuildingBlocks.Oversight.SupervisionNoticeIssued)> Gas(Guid id, IssueSupervisionNoticeBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        Issue<GasConnection>(id, GasDeadlines.Type, GasConnectionEndpoints.What, request, session, time, cancellation);

    private static async Task<(CaseStepRecorded, BuildingBlocks.Oversight.SupervisionNoticeIssued)> Issue<T>(Guid id, string caseType, CaseName what, IssueSupervisionNoticeBody request, IDocumentSession session, TimeProvider time,
        CancellationToken cancellation) where T : class, IWatchedCase
    {
        var stream = await CaseStreams.LoadAsync<T>(session, id, what, cancellation);
        var notice = DeadlineDecisions.Supervise(stream.Aggregate!, request.Demand, time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)));
        return (CaseStreams.Append(stream, notice), ConnectionOversight.Notice(caseType, stream.Aggregate!, notice, CurrentActor.Value.Name));
    }
}

/// <summary>督办 asked by the oversight read side (ADR 0079): the endpoints' step; its refusal (404, 409) is the caller's answer.</summary>
public static class SuperviseUtilityConnectionHandler
{
    public static Task<(CaseStepRecorded, BuildingBlocks.Oversight.SupervisionNoticeIssued)> Handle(
        SuperviseUtilityConnection command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var request = new IssueSupervisionNoticeBody(command.Demand);
        return command.CaseType switch
        {
            PowerDeadlines.Type => IssueSupervisionNoticeEndpoints.Power(command.ConnectionId, request, session, time, cancellation),
            WaterDeadlines.Type => IssueSupervisionNoticeEndpoints.Water(command.ConnectionId, request, session, time, cancellation),
            GasDeadlines.Type => IssueSupervisionNoticeEndpoints.Gas(command.ConnectionId, request, session, time, cancellation),
            _ => throw new NotFoundException($"供水供电供气模块没有“{command.CaseType}”类案件 / Utilities has no case type {command.CaseType}."),
        };
    }
}
