using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Procurement.Credit;
using Nanchuan.Procurement.Deadlines;

namespace Nanchuan.Procurement.Contracting;

/// <summary>Why the awarded contractor refused to sign.</summary>
public sealed record RefuseContractBody(string? Reason) : IOpenApiExample<RefuseContractBody>
{
    public static RefuseContractBody Example => new("中标人书面表示放弃中标，拒绝签订合同。");
}

/// <summary>A change to the signed contract: the amount after it (CNY, to the fen, not above the project value), why, and what changed.</summary>
public sealed record AmendContractBody(decimal? Amount, string? Rationale, string? Description) : IOpenApiExample<AmendContractBody>
{
    public static AmendContractBody Example => new(826_300.00m, "设计变更：增设排水沟", "增加排水沟120米，合同金额相应调整。");
}

/// <summary>The winner's refusal to sign and the contract's amendments (ADR 0066).</summary>
public static class ContractChangeEndpoints
{
    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/contract-refusal")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("中标人拒签 / Record the winner's refusal to sign")]
    [EndpointDescription("The owner records that the awarded contractor refused to sign. The award is cancelled; the refusal is scored on the contractor's credit record in the same step (refusing to sign after award, default 6 points, recorded for the supervising department); the owner awards again among the other qualified bidders within the award deadline (default 5 working days from now), or records the failed tender when none is left. Only once awarded: 409 naming the state otherwise.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Refuse(Guid id, RefuseContractBody request, IDocumentSession session, ProcurementOptions options,
        CreditPolicy policy, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time, CancellationToken cancellation)
    {
        var (stream, state) = await ContractStepEndpoints.OwnersStepAsync(session, id, "中标人拒签 (record the refusal)", cancellation, ProjectStatus.Awarded);
        var errors = new FieldErrors();
        errors.RequireText("reason", request.Reason, "拒签情况", "the reason");
        errors.ThrowIfAny();
        var now = time.GetUtcNow();
        var deadline = new ProjectDeadline(DeadlineNames.Award, options.AwardWorkingDays, now, calendar.AddWorkingDays(now, options.AwardWorkingDays), false, false);
        var refused = new ContractRefused(id, state.Contractor!, request.Reason!.Trim(), deadline, now);
        var answer = CaseStreams.Append(stream, refused);
        var outgoing = new OutgoingMessages();
        var today = BeijingTime.DayOf(now);
        // One incident per refusal: the id is derived from the project, its round and the bidder, so a replay records nothing twice.
        var incident = new CreditIncidentRecorded(BidderCredit.IdOf(refused.Contractor.CreditCode), refused.Contractor.CreditCode, refused.Contractor.Name,
            DerivedIds.FromName($"nanchuan:procurement:incident:refusal:{id}:{state.Round}:{refused.Contractor.CreditCode}"), IncidentKind.RefusedToSign,
            policy.PointsOf(IncidentKind.RefusedToSign), today, today, id, state.SupervisingDepartment, $"项目“{state.Title}”中标后拒不签订合同：{refused.Reason}", now);
        await CreditRecording.RecordAsync(session, incident, policy, outgoing, cancellation);
        ProjectDeadlines.Instance.Watch(watch, outgoing, await CaseStreams.StateAfterAsync(session, stream, cancellation));
        return (answer, outgoing);
    }

    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/contract-amendments")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("合同变更 / Amend the contract")]
    [EndpointDescription("The owner records a change to the signed contract: the amount after it (not above the project value), the rationale and what changed; amendments are numbered from 1 and each is a contract amendment in the open data. From signing until completion is accepted: 409 naming the state otherwise.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Amend(Guid id, AmendContractBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var (stream, state) = await ContractStepEndpoints.OwnersStepAsync(session, id, "合同变更 (amend the contract)", cancellation,
            ProjectStatus.Contracted, ProjectStatus.Performing, ProjectStatus.Rectifying);
        var errors = new FieldErrors();
        errors.Money("amount", request.Amount, "变更后合同金额", "the amount after the change");
        errors.If(request.Amount > state.Value, "amount", $"合同金额不能高于项目金额{state.Value:0.00}元 / the amount cannot exceed the project value of {state.Value:0.00} CNY.");
        errors.RequireText("rationale", request.Rationale, "变更理由", "the rationale");
        errors.RequireText("description", request.Description, "变更内容", "what changed");
        errors.ThrowIfAny();
        return CaseStreams.Append(stream, new ContractAmended(id, state.ContractAmendments + 1, state.ContractAmount!.Value, request.Amount!.Value,
            request.Rationale!.Trim(), request.Description!.Trim(), time.GetUtcNow()));
    }
}
