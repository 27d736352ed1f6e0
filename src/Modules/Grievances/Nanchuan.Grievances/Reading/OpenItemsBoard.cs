using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Grievances.Reading;

/// <summary>
/// The BusinessOffice's open items on <paramref name="Today"/>: running deadlines due today, running deadlines passed,
/// handling reports waiting for the revisit, and promised completion dates that have come without a revisit.
/// </summary>
public sealed record OpenItemsBoard(
    DateOnly Today,
    IReadOnlyList<GrievanceListItem> DueToday,
    IReadOnlyList<GrievanceListItem> Overdue,
    IReadOnlyList<GrievanceListItem> AwaitingEvaluation,
    IReadOnlyList<GrievanceListItem> AwaitingPromiseRevisit);

public static class OpenItemsBoardEndpoint
{
    [WolverineGet($"{GrievancesModule.Route}/board")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("待办看板 / Open-items board")]
    [EndpointDescription("For the BusinessOffice: requests whose running deadline (assignment or handling) is due today, those past it, those waiting for evaluation, and promised completion dates that have come without a revisit. Oldest first.")]
    [ProducesResponseType<OpenItemsBoard>(StatusCodes.Status200OK)]
    public static async Task<OpenItemsBoard> Get(IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var today = calendar.LocalDay(now);
        var endOfToday = calendar.At(today.AddDays(1), TimeOnly.MinValue).ToUniversalTime();
        var requests = await Rows(session, today, endOfToday).ToListAsync(cancellation);

        List<GrievanceListItem> Listed(Func<Grievance, bool> shown) => [.. requests.Where(shown).Select(GrievanceListItem.Of)];
        return new OpenItemsBoard(
            today,
            Listed(grievance => grievance.RunningDueAtUtc is { } due && due >= now && calendar.LocalDay(due) == today),
            Listed(grievance => grievance.RunningDueAtUtc < now),
            Listed(grievance => grievance.Status == GrievanceStatus.Handled),
            Listed(grievance => grievance.PromisedCompletionDate <= today && grievance.PromiseKept is null));
    }

    /// <summary>
    /// Only what the board can show, each part read from an index (ADRs 0131, 0262): a running deadline due by
    /// <paramref name="endOfToday"/> (overdue is a deadline passed, whether or not its timer has flagged it yet), a report to evaluate, and promised
    /// dates that have come and were not revisited (closed requests included). Requests whose deadline is days away are not read.
    /// </summary>
    internal static IQueryable<Grievance> Rows(IQuerySession session, DateOnly today, DateTimeOffset endOfToday) => session.Query<Grievance>()
        .Where(grievance => grievance.RunningDueAtUtc < endOfToday || grievance.Status == GrievanceStatus.Handled
            || (grievance.PromiseKept == null && grievance.PromisedCompletionDate <= today))
        .OrderBy(grievance => grievance.ReceivedAtUtc).ThenBy(grievance => grievance.Id);
}
