using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Licensing.Reports;

namespace Nanchuan.Licensing.Applications;

/// <summary>
/// 最多跑一次 (at most one trip) over every finished application: the sum of the totals kept per month and department in
/// <c>licensing.one_trip_months</c> (ADR 0198), bounded by the months and departments, not by the applications (ADR 0182 counted those).
/// </summary>
public static class OneTripReportEndpoint
{
    private sealed record Counts(int Finished, int WithinOneTrip);

    [WolverineGet("/api/licensing/applications/report")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("最多跑一次 / The \"at most one trip\" rate")]
    [EndpointDescription("Finished applications (result issued or rejected) and the share finished with at most one in-person visit; per month and department in the SQL view licensing.one_trip_report.")]
    public static async Task<OneTripReport> Get(IQuerySession session, CancellationToken cancellation)
    {
        var counts = (await ReportReader.ReadAsync<Counts>(session,
            $"select coalesce(sum(finished), 0)::int as finished, coalesce(sum(within_one_trip), 0)::int as within_one_trip from {LicensingTables.OneTripMonths.QualifiedName}",
            cancellation)).Single();
        return new OneTripReport(counts.Finished, counts.WithinOneTrip,
            counts.Finished == 0 ? null : Math.Round((decimal)counts.WithinOneTrip / counts.Finished, 4, MidpointRounding.AwayFromZero));
    }
}
