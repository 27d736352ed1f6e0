using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Incentives.Payment;

/// <summary>The joint review by the departments concerned (部门联合审查).</summary>
/// <param name="Departments">The departments that reviewed it, at least one.</param>
/// <param name="ConfirmedAmount">The amount they confirm, in CNY; at most the committed amount.</param>
public sealed record ReviewIncentiveBody(IReadOnlyList<string>? Departments, decimal? ConfirmedAmount, string? Opinion) : IOpenApiExample<ReviewIncentiveBody>
{
    public static ReviewIncentiveBody Example => new(["工业园区管委会", "区经济信息委", "区财政局"], 3_000_000m, "经审查，企业固定资产投资达1.03亿元，符合协议约定，建议兑现300万元");
}

public static class ReviewIncentiveEndpoint
{
    [WolverinePost($"{IncentivesModule.Route}/agreements/{{id}}/incentives/{{code}}/review")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("部门联合审查 / Joint review of a due item")]
    [EndpointDescription("The park committee records the joint review of a due government item by the departments concerned: who took part, the confirmed amount (at most the committed one) and the opinion. 409 when the item is not due yet (naming its condition) or was already reviewed.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, string code, ReviewIncentiveBody body, IDocumentSession session, DeadlineWatch watch, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        IncentiveAccess.EnsureParkCommittee(actor);
        var errors = new FieldErrors();
        var departments = (body.Departments ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).Distinct().ToList();
        errors.If(departments.Count == 0, "departments", "请填写参加联合审查的部门 / name the departments of the joint review.");
        var amount = errors.Money("confirmedAmount", body.ConfirmedAmount, "审查确认金额", "the confirmed amount");
        var opinion = errors.Text("opinion", body.Opinion, "审查意见", "the review's opinion");
        errors.ThrowIfAny();
        var stream = await CaseStreams.LoadAsync<Agreement>(session, id, AgreementCases.Name, cancellation);
        var reviewed = PaymentDecision.Review(stream.Aggregate!, code, departments, amount, opinion, actor, time.GetUtcNow());
        return await AgreementWrites.RecordAsync(session, stream, [reviewed], watch, cancellation);
    }
}
