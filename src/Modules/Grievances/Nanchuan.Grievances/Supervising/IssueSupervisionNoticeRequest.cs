using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Deadlines;

namespace Nanchuan.Grievances.Supervising;

/// <summary>督办: what the overdue handling unit is told to do, and by when.</summary>
public sealed record IssueSupervisionNoticeBody(string? Demand) : IOpenApiExample<IssueSupervisionNoticeBody>
{
    public static IssueSupervisionNoticeBody Example => new("请于3个工作日内办结并反馈办理情况。");
}

public static class IssueSupervisionNoticeEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/supervision-notice")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("督办 / Issue a supervision notice")]
    [EndpointDescription("Only while the current round is overdue and its handling report is missing; otherwise 409 naming the state. Publishes the oversight contract's SupervisionNoticeIssued.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static Task<(CaseStepRecorded, BuildingBlocks.Oversight.SupervisionNoticeIssued)> Post(
        Guid id, IssueSupervisionNoticeBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        IssueAsync(id, request.Demand, session, time, cancellation);

    internal static async Task<(CaseStepRecorded, BuildingBlocks.Oversight.SupervisionNoticeIssued)> IssueAsync(
        Guid id, string? demand, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        var notice = GrievanceDecisions.Supervise(stream.Aggregate!, new IssueSupervisionNotice(demand), time.GetUtcNow());
        return (CaseStreams.Append(stream, notice), GrievanceOversight.Notice(stream.Aggregate!, notice, CurrentActor.Value.Name));
    }
}

/// <summary>督办 asked by the oversight read side (ADR 0079): the endpoint's step; its refusal (404, 409) is the caller's answer.</summary>
public static class SuperviseEnterpriseRequestHandler
{
    public static Task<(CaseStepRecorded, BuildingBlocks.Oversight.SupervisionNoticeIssued)> Handle(
        SuperviseEnterpriseRequest command, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        IssueSupervisionNoticeEndpoint.IssueAsync(command.GrievanceId, command.Demand, session, time, cancellation);
}
