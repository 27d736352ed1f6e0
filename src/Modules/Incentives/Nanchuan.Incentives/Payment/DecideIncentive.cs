using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Incentives.Payment;

/// <summary>The decision on a reviewed item (审定).</summary>
/// <param name="Amount">The amount decided, in CNY; at most the amount the review confirmed.</param>
/// <param name="Meeting">The meeting or document of the decision.</param>
public sealed record DecideIncentiveBody(decimal? Amount, string? Meeting) : IOpenApiExample<DecideIncentiveBody>
{
    public static DecideIncentiveBody Example => new(3_000_000m, "南川区政府企业“双兑现”工作领导小组2025年第4次会议纪要");
}

public static class DecideIncentiveEndpoint
{
    [WolverinePost($"{IncentivesModule.Route}/agreements/{{id}}/incentives/{{code}}/decision")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.DepartmentHandler}")]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("审定兑现 / Decide a reviewed item")]
    [EndpointDescription("An item under the agreement is decided by the \"双兑现\" leading group, recorded by the business office (its office); an item under another policy by the park committee with the departments concerned. The wrong authority, a missing review or an amount above the confirmed one is a 409 naming what is missing.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, string code, DecideIncentiveBody body, IDocumentSession session, DeadlineWatch watch, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var authority = IncentiveAccess.EnsureDecides(actor);
        var errors = new FieldErrors();
        var amount = errors.Money("amount", body.Amount, "审定金额", "the decided amount");
        var meeting = errors.Text("meeting", body.Meeting, "审定会议或文件", "the meeting or document of the decision");
        errors.ThrowIfAny();
        var stream = await CaseStreams.LoadAsync<Agreement>(session, id, AgreementCases.Name, cancellation);
        var decided = PaymentDecision.Decide(stream.Aggregate!, code, authority, amount, meeting, actor, time.GetUtcNow());
        return await AgreementWrites.RecordAsync(session, stream, [decided], watch, cancellation);
    }
}
