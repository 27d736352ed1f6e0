using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Incentives.Amending;

/// <summary>
/// A supplementary agreement (补充协议): lines with a code already in a ledger replace it, new codes are added, and
/// <c>withdrawn</c> codes leave the ledgers. What was already fulfilled or has entered the payment procedure stays as it is.
/// </summary>
/// <param name="Reason">Why (e.g. the supplementary agreement's number and purpose).</param>
public sealed record AmendAgreementBody(string? Reason, IReadOnlyList<MilestoneBody>? Milestones, IReadOnlyList<IncentiveBody>? Incentives, IReadOnlyList<string>? Withdrawn)
    : IOpenApiExample<AmendAgreementBody>
{
    public static AmendAgreementBody Example => new("补充协议NCGYY-2025-012-1：投资额调增至1.2亿元，期限顺延至2026年3月31日",
        [new("E1", MilestoneKind.Investment, "固定资产投资不低于1.2亿元", 120_000_000m, new DateOnly(2026, 3, 31))],
        [new("G1", IncentiveKind.Subsidy, IncentiveBasis.Agreement, null, "固定资产投资补助", "固定资产投资达到1.2亿元", "E1", 3_600_000m)], []);
}

public static class AmendAgreementEndpoint
{
    [WolverinePost($"{IncentivesModule.Route}/agreements/{{id}}/amendments")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("协议变更 / Amend an agreement")]
    [EndpointDescription("The park committee records a supplementary agreement as one event: changed and added lines of both ledgers and withdrawn ones. A fulfilled milestone, or a government item that is already due, cannot be changed or withdrawn (409 naming its state). A moved due date moves the milestone's watched deadline; the ledgers before the change remain visible with `asOf`.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, AmendAgreementBody body, IDocumentSession session, IWorkingDayCalendar calendar, IncentiveRules rules, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        IncentiveAccess.EnsureParkCommittee(CurrentActor.Value);
        var stream = await CaseStreams.LoadAsync<Agreement>(session, id, AgreementCases.Name, cancellation);
        var amended = AmendmentDecision.Amend(stream.Aggregate!, body, time.GetUtcNow(), rules, calendar);
        return await AgreementWrites.RecordAsync(session, stream, amended, watch, cancellation);
    }
}
