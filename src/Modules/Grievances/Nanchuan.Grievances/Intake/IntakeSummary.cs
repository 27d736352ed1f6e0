using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Grievances.Reading;

namespace Nanchuan.Grievances.Intake;

/// <summary>每天汇总收集: what came in on one day, by channel and by feedback box, and the requests themselves.</summary>
public sealed record DailyIntakeSummary(
    DateOnly Date,
    int Total,
    IReadOnlyDictionary<IntakeChannel, int> ByChannel,
    IReadOnlyDictionary<FeedbackBoxLocation, int> ByBox,
    int WithoutCreditCode,
    IReadOnlyList<GrievanceListItem> Requests);

public static class IntakeSummaryEndpoint
{
    [WolverineGet($"{GrievancesModule.Route}/intake-summary")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("每日收集汇总 / Daily intake summary")]
    [EndpointDescription("The requests received on `date` (Beijing time; default today), counted by channel and by feedback box, with the anonymous box notes counted apart.")]
    [ProducesResponseType<DailyIntakeSummary>(StatusCodes.Status200OK)]
    public static async Task<DailyIntakeSummary> Get(DateOnly? date, IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        var day = date ?? calendar.LocalDay(time.GetUtcNow());
        var start = calendar.At(day, TimeOnly.MinValue).ToUniversalTime();
        var end = calendar.At(day.AddDays(1), TimeOnly.MinValue).ToUniversalTime();
        // One day's rows, read from the received_at_utc index (ADR 0131).
        var requests = (await session.Query<Grievance>()
            .Where(grievance => grievance.ReceivedAtUtc >= start && grievance.ReceivedAtUtc < end)
            .OrderBy(grievance => grievance.ReceivedAtUtc).ThenBy(grievance => grievance.Id)
            .ToListAsync(cancellation)).Select(GrievanceListItem.Of).ToList();
        return new DailyIntakeSummary(
            day,
            requests.Count,
            requests.GroupBy(item => item.Channel).ToDictionary(g => g.Key, g => g.Count()),
            requests.Where(item => item.BoxLocation is not null).GroupBy(item => item.BoxLocation!.Value).ToDictionary(g => g.Key, g => g.Count()),
            requests.Count(item => item.CreditCode is null),
            requests.ToList());
    }
}
