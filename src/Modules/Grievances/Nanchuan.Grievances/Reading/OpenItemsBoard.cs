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
    private static readonly GrievanceStatus[] Waiting = [GrievanceStatus.Received, GrievanceStatus.Assigned, GrievanceStatus.Contacted];
    private static readonly GrievanceStatus[] OnBoard = [.. Waiting, GrievanceStatus.Handled];

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
        // Only what the board can show, each part read from an index (ADR 0131): a running deadline or a report to evaluate,
        // and promised dates that have come and were not revisited (closed requests included).
        var ordered = (await session.Query<Grievance>()
            .Where(grievance => OnBoard.Contains(grievance.Status) || (grievance.PromiseKept == null && grievance.PromisedCompletionDate <= today))
            .OrderBy(grievance => grievance.ReceivedAtUtc).ThenBy(grievance => grievance.Id)
            .ToListAsync(cancellation)).Select(GrievanceListItem.Of).ToList();

        DateTimeOffset? RunningDue(GrievanceListItem item) => item.Status switch
        {
            GrievanceStatus.Received => item.AssignmentDueAt,
            GrievanceStatus.Assigned or GrievanceStatus.Contacted => item.HandlingDueAt,
            _ => null,
        };
        var running = ordered.Where(item => item.Status.In(Waiting)).ToList();
        return new OpenItemsBoard(
            today,
            running.Where(item => RunningDue(item) is { } due && due >= now && calendar.LocalDay(due) == today).ToList(),
            running.Where(item => item.Overdue || RunningDue(item) < now).ToList(),
            ordered.Where(item => item.Status == GrievanceStatus.Handled).ToList(),
            ordered.Where(item => item.PromisedCompletionDate <= today && item.PromiseKept is null).ToList());
    }

    private static bool In(this GrievanceStatus status, GrievanceStatus[] statuses) => statuses.Contains(status);
}
