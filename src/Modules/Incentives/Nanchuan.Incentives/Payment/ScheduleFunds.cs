using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Incentives.Payment;

/// <summary>Funds scheduled for a decided item (统筹调度资金), in one or more tranches.</summary>
/// <param name="Amount">This tranche in CNY; all tranches together at most the decided amount.</param>
/// <param name="PayBy">The date it is to be paid by, not before today.</param>
public sealed record ScheduleFundsBody(decimal? Amount, DateOnly? PayBy) : IOpenApiExample<ScheduleFundsBody>
{
    public static ScheduleFundsBody Example => new(3_000_000m, new DateOnly(2026, 1, 30));
}

public static class ScheduleFundsEndpoint
{
    [WolverinePost($"{IncentivesModule.Route}/agreements/{{id}}/incentives/{{code}}/funds")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("调度兑现资金 / Schedule funds for a decided item")]
    [EndpointDescription("The finance bureau schedules funds for a decided item. Without the decision the answer is 409 naming the missing steps; tranches beyond the decided amount are 409.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, string code, ScheduleFundsBody body, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        IncentiveAccess.EnsureFinance(actor);
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        var amount = errors.Money("amount", body.Amount, "调度金额", "the amount scheduled");
        var payBy = errors.Required("payBy", body.PayBy, "计划兑付日期", "the date to pay by");
        errors.If(body.PayBy is not null && payBy < calendar.LocalDay(now), "payBy", "计划兑付日期不能早于今天 / the date to pay by cannot be in the past.");
        errors.ThrowIfAny();
        var stream = await CaseStreams.LoadAsync<Agreement>(session, id, AgreementCases.Name, cancellation);
        var scheduled = PaymentDecision.Schedule(stream.Aggregate!, code, amount, payBy, actor, now);
        return await AgreementWrites.RecordAsync(session, stream, [scheduled], watch, cancellation);
    }
}
