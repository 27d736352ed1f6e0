using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Grievances.Reporting;

/// <summary>
/// Rebuilds 月度通报 (<c>grievances.monthly_report</c>) and the contributions it sums (<c>monthly_report_round</c>) as the live
/// refreshes compute them: the rounds of every assigned request, read from the <see cref="Grievance"/> snapshots a page at a
/// time (ADR 0200), then every month they count in summed; listed and rebuilt with the projections (docs/adr/0145).
/// </summary>
internal sealed class MonthlyReportRecomputation(IWorkingDayCalendar calendar) : RecomputedReportTable(MonthlyReportTable.Table)
{
    /// <summary>Snapshots read per query.</summary>
    private const int PageSize = 1000;

    /// <summary>The assigned requests after an id, in id order (keyset paging on the primary key).</summary>
    private const string AssignedAfter = "where first_assigned_at_utc is not null and id > ? order by id limit ?";

    protected override async Task RecomputeAllAsync(IDocumentSession session, IProgress<string> progress, CancellationToken cancellation)
    {
        MonthlyReportTable.Rounds.Delete(session, "true");
        // Rounds counted per month, for the progress lines ("2026-03: 2 rounds", as before ADR 0200).
        var months = new SortedDictionary<(int Year, int Month), int>();
        var after = Guid.Empty;
        while (true)
        {
            var page = await session.QueryAsync<Grievance>(AssignedAfter, cancellation, after, PageSize);
            if (page.Count == 0) break;
            var contributions = page.SelectMany(g => g.Rounds).SelectMany(round => MonthlyContribution.Of(round, calendar.TimeZone)).ToList();
            MonthlyReportTable.InsertContributions(session, contributions);
            foreach (var contribution in contributions) months[(contribution.Year, contribution.Month)] = months.GetValueOrDefault((contribution.Year, contribution.Month)) + 1;
            after = page[^1].Id;
            progress.Report($"{page.Count} requests, {contributions.Count} contributions");
        }
        foreach (var ((year, month), rounds) in months)
        {
            MonthlyReportTable.QueueSum(session, year, month);
            progress.Report($"{year:0000}-{month:00}: {rounds} rounds");
        }
    }
}
