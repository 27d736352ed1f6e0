using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Incentives.Worklists;

/// <summary>One government item due and not (fully) paid (应兑未兑).</summary>
/// <param name="DueSince">When its condition was met (the linked milestone recorded as fulfilled, or the item recorded without condition).</param>
/// <param name="DaysOutstanding">Calendar days (Beijing) from that day to today.</param>
/// <param name="Owed">What is still owed: the decided amount once decided (the committed one before), less what was paid.</param>
/// <param name="PaymentOverdue">Unpaid past its payment deadline (逾期未兑).</param>
public sealed record OutstandingItem(
    Guid AgreementId, string Number, string CreditCode, string EnterpriseName, string Code, IncentiveKind Kind, IncentiveBasis Basis, string Description,
    decimal Amount, decimal? Decided, decimal Paid, decimal Owed, IncentiveStatus Status, string State, DateTimeOffset DueSince, int DaysOutstanding,
    DateTimeOffset? PaymentDueAt, bool PaymentOverdue);

public static class GetOutstandingEndpoint
{
    [WolverineGet($"{IncentivesModule.Route}/outstanding")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("应兑未兑清单 / Items due and not honoured")]
    [EndpointDescription("Every government item whose condition is met and that is not paid in full, longest outstanding first, with the days outstanding and the step it waits for. For the park committee, the finance bureau, the business office and supervisors.")]
    [ProducesResponseType<IReadOnlyList<OutstandingItem>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<IReadOnlyList<OutstandingItem>> Get(IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        IncentiveAccess.EnsureParkWide(CurrentActor.Value);
        var today = calendar.LocalDay(time.GetUtcNow());
        var agreements = await session.Query<Agreement>().Where(a => a.HasOutstanding).ToListAsync(cancellation);
        return
        [
            .. agreements.SelectMany(a => a.Incentives.Where(i => i.IsOutstanding).Select(i => new OutstandingItem(a.Id, a.Number, a.CreditCode, a.EnterpriseName,
                    i.Code, i.Kind, i.Basis, i.Description, i.Amount, i.Decision?.Amount, i.Paid, i.Owed, i.Status, i.Status.ToChinese(), i.DueSince!.Value,
                    today.DayNumber - calendar.LocalDay(i.DueSince.Value).DayNumber, i.PaymentDueAt, i.PaymentOverdue)))
                .OrderBy(i => i.DueSince).ThenBy(i => i.Number).ThenBy(i => i.Code),
        ];
    }
}
