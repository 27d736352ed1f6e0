using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Incentives.Contracts;

namespace Nanchuan.Incentives.Payment;

/// <summary>A payment of a scheduled item (兑付).</summary>
/// <param name="Amount">This payment in CNY; all payments together at most the decided amount and the funds scheduled.</param>
/// <param name="PaidOn">The payment date, not after today.</param>
/// <param name="Voucher">The payment voucher's number (支付凭证).</param>
public sealed record RecordPaymentBody(decimal? Amount, DateOnly? PaidOn, string? Voucher) : IOpenApiExample<RecordPaymentBody>
{
    public static RecordPaymentBody Example => new(3_000_000m, new DateOnly(2026, 1, 20), "南财支〔2026〕0037号");
}

public static class RecordPaymentEndpoint
{
    [WolverinePost($"{IncentivesModule.Route}/agreements/{{id}}/incentives/{{code}}/payments")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("兑付 / Record a payment")]
    [EndpointDescription("The finance bureau records a payment. Paying without the required decision — the leading group's for an agreement item, the park committee's for an item under another policy — or without review or funds is a 409 naming what is missing; paying more than decided (or scheduled) is a 409. The item leaves the 应兑未兑 list when paid in full, and IncentiveHonoured is published.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, string code, RecordPaymentBody body, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        IncentiveAccess.EnsureFinance(actor);
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        var amount = errors.Money("amount", body.Amount, "兑付金额", "the amount paid");
        var paidOn = errors.Required("paidOn", body.PaidOn, "兑付日期", "the payment date");
        errors.If(body.PaidOn is not null && paidOn > calendar.LocalDay(now), "paidOn", "兑付日期不能晚于今天 / the payment date cannot be in the future.");
        var voucher = errors.Text("voucher", body.Voucher, "支付凭证号", "the payment voucher");
        errors.ThrowIfAny();
        var stream = await CaseStreams.LoadAsync<Agreement>(session, id, AgreementCases.Name, cancellation);
        var agreement = stream.Aggregate!;
        var paid = PaymentDecision.Pay(agreement, code, amount, paidOn, voucher, actor, now);
        var (answer, outgoing) = await AgreementWrites.RecordAsync(session, stream, [paid], watch, cancellation);
        if (paid.InFull)
        {
            var item = agreement.Incentive(code)!;
            outgoing.Add(new IncentiveHonoured(id, agreement.CreditCode, code, item.Paid + amount, item.DueSince!.Value, now));
        }
        return (answer, outgoing);
    }
}
