using Nanchuan.Awards.Deadlines;
using Nanchuan.Awards.Final;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Awards.Approving;

/// <summary>One body's approval of the list: which body, and the meeting that approved it.</summary>
public sealed record ApproveListBody(ApprovingBody? Body, string? Reference) : IOpenApiExample<ApproveListBody>
{
    public static ApproveListBody Example => new(ApprovingBody.ExecutiveMeeting, "区政府第12次常务会议");
}

public static class ApproveListEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/approvals")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("记录审定 / Record an approval of the list")]
    [EndpointDescription("The BusinessOffice records that the district government executive meeting or the party standing committee approved the list; with both, the contest moves to the award, due by the end of the first quarter of the next year (watched: warned and overdue oversight events). Before the list is selected (the panel's scoring still incomplete) 409 naming the phase; the same body twice 409.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        int year, ApproveListBody body, IDocumentSession session, DeadlineWatch watch, TimeProvider time, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        errors.If(body.Body is null, "body", "请注明审定机构：executiveMeeting（区政府常务会议）或 standingCommittee（区委常委会） / the approving body is required.");
        errors.RequireText("reference", body.Reference, "会议名称或文号", "the meeting's reference");
        errors.ThrowIfAny();
        var stream = await CaseStreams.LoadAsync<Contest>(session, Contest.IdOf(year), AwardsCases.ContestName, cancellation);
        var contest = stream.Aggregate!;
        if (contest.Phase == ContestPhase.Final) ListDecision.EnsureScored(contest);
        contest.Require(ContestPhase.Approval, "审定入选名单");
        if (contest.Approvals.Any(a => a.Body == body.Body))
            throw new InvalidStateTransitionException($"{body.Body!.Value.ToChinese()}已审定", "审定入选名单",
                $"{body.Body.Value.ToChinese()}已审定通过 / {body.Body} has approved the list already.");
        var now = time.GetUtcNow();
        var answer = CaseStreams.Append(stream, new ListApproved(contest.Id, body.Body!.Value, body.Reference!.Trim(), now));
        var outgoing = new OutgoingMessages();
        if (contest.Approvals.Count + 1 < Enum.GetValues<ApprovingBody>().Length) return (answer, outgoing);

        // The second approval: the award's term starts to be watched.
        var term = watch.Start(AwardTerm.Name, AwardTerm.Limit(year), AwardTerm.Start(year));
        stream.AppendOne(new AwardDeadlineSet(contest.Id, year, AwardTerm.Days(year), term.Start, term.DueAt, now));
        AwardDeadlines.Instance.Watch(watch, outgoing, await CaseStreams.StateAfterAsync(session, stream, cancellation));
        return (answer, outgoing);
    }
}
