using System.Globalization;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Licensing.Reports;

namespace Nanchuan.Licensing.HallTargets;

/// <summary>One headline target in a month: the figure (cases, met, share met, average and longest working days), the target, and the cases that missed it.</summary>
public sealed record HallTargetFigures(
    HallTarget Target, string Name, string Limit, int Cases, int Met, int Missed, decimal? MetRate, decimal? AverageWorkingDays, decimal? LongestWorkingDays,
    IReadOnlyList<MissedTargetCase> MissedCases);

/// <summary>A case that finished after its headline target's time.</summary>
public sealed record MissedTargetCase(
    Guid CaseId, string Service, string CaseLabel, string Department, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, DateTimeOffset DueAt, decimal WorkingDaysTaken);

/// <summary>The hall's headline targets in a month (every target, also without cases).</summary>
public sealed record HallTargetsReport(string Month, IReadOnlyList<HallTargetFigures> Targets);

public static class HallTargetsEndpoint
{
    [WolverineGet("/api/licensing/hall/targets")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("大厅目标达标情况 / The hall's headline targets in a month")]
    [EndpointDescription("Seed 000's targets — company start-up end to end in 1 working day (近快办 registrations, filing to licence), enterprise investment project filing in 1 working day, construction permits and completion filing on the spot (the items configured in Licensing:HallTargets, acceptance to result) — "
        + "for the cases finished in `month` (yyyy-MM, Beijing time): each figure, its target and the cases that missed it. Same rows as the SQL tables licensing.hall_targets_monthly and licensing.hall_target_cases (CSV/XLSX through /api/licensing/reports/{table}.csv|.xlsx).")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<HallTargetsReport> Get(string? month, IQuerySession session, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(month) || !DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new DomainValidationException("month", "请按yyyy-MM填写月份 / the month is required, as yyyy-MM.");
        var key = month.Trim();
        var figures = await ReportReader.ReadAsync<MonthlyRow>(session,
            $"select target, cases, met, missed, met_rate, average_working_days, longest_working_days from {LicensingTables.HallTargetsMonthly.QualifiedName} where month = ?",
            cancellation, key);
        var missed = await ReportReader.ReadAsync<MissedRow>(session,
            $"select target, case_id, service, case_label, department, started_at, finished_at, due_at, working_days_taken from {LicensingTables.HallTargetCases.QualifiedName} where month = ? and not met order by finished_at",
            cancellation, key);
        return new HallTargetsReport(key, Enum.GetValues<HallTarget>().Select(target =>
        {
            var name = TargetName(target);
            var row = figures.SingleOrDefault(f => f.Target == name);
            return new HallTargetFigures(target, HallTargetRules.Name(target), HallTargetRules.LimitText(target), row?.Cases ?? 0, row?.Met ?? 0, row?.Missed ?? 0,
                row?.MetRate, row?.AverageWorkingDays, row?.LongestWorkingDays,
                missed.Where(m => m.Target == name).Select(m => new MissedTargetCase(m.CaseId, m.Service, m.CaseLabel, m.Department, m.StartedAt, m.FinishedAt, m.DueAt, m.WorkingDaysTaken)).ToList());
        }).ToList());
    }

    private static string TargetName(HallTarget target) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(target.ToString());

    private sealed record MonthlyRow(string Target, int Cases, int Met, int Missed, decimal? MetRate, decimal? AverageWorkingDays, decimal? LongestWorkingDays);

    private sealed record MissedRow(
        string Target, Guid CaseId, string Service, string CaseLabel, string Department, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, DateTimeOffset DueAt, decimal WorkingDaysTaken);
}
