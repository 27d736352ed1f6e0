using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Grievances.Reporting;

/// <summary>月度通报 per handling unit and overall, as JSON, CSV and XLSX: the same figures as <c>grievances.monthly_report</c>.</summary>
public static class MonthlyReportEndpoints
{
    private const string ReportRoute = $"{GrievancesModule.Route}/reports/monthly";
    public const string Readers = $"{Roles.BusinessOffice},{Roles.Supervisor}";
    private const string Description =
        "Per handling unit and overall for `year` and `month` (Beijing time): 承办量, 办结率 = handled ÷ assigned rounds, 及时率 = handled within limit ÷ handled, " +
        "满意率 = satisfied ÷ evaluations, first-time satisfaction, re-assignments, overdue and closed counts, average handling time in working days. " +
        "A rate is a ratio with 4 decimals, null when its denominator is 0. Rounds count in the month they were assigned, evaluations and closures in theirs.";

    [WolverineGet(ReportRoute)]
    [Authorize(Roles = Readers)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("月度通报 / Monthly report")]
    [EndpointDescription(Description)]
    [ProducesResponseType<MonthlyReport>(StatusCodes.Status200OK)]
    public static Task<MonthlyReport> Get(int year, int month, IQuerySession session, IWorkingDayCalendar calendar, CancellationToken cancellation) =>
        CalculateAsync(year, month, session, calendar, cancellation);

    [WolverineGet($"{ReportRoute}.csv")]
    [Authorize(Roles = Readers)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("月度通报（CSV） / Monthly report as CSV")]
    [EndpointDescription("The monthly report as UTF-8 CSV (with BOM, so spreadsheet programs read the Chinese headers), one line per handling unit after the overall line.")]
    [Produces("text/csv")]
    public static async Task<IResult> GetCsv(int year, int month, IQuerySession session, IWorkingDayCalendar calendar, CancellationToken cancellation) =>
        TabularExport.Csv(FileName(year, month), Rows(await CalculateAsync(year, month, session, calendar, cancellation)), MonthlyReportTable.ExportColumns);

    [WolverineGet($"{ReportRoute}.xlsx")]
    [Authorize(Roles = Readers)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("月度通报（Excel） / Monthly report as XLSX")]
    [EndpointDescription("The monthly report as an Excel workbook, one sheet, one row per handling unit after the overall row.")]
    [Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public static async Task<IResult> GetXlsx(int year, int month, IQuerySession session, IWorkingDayCalendar calendar, CancellationToken cancellation) =>
        TabularExport.Xlsx(FileName(year, month), Rows(await CalculateAsync(year, month, session, calendar, cancellation)), MonthlyReportTable.ExportColumns);

    public static async Task<MonthlyReport> CalculateAsync(int year, int month, IQuerySession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        if (year is < 2000 or > 2100) throw new DomainValidationException("year", "年份应在2000至2100之间 / the year must be between 2000 and 2100.");
        if (month is < 1 or > 12) throw new DomainValidationException("month", "月份应为1至12 / the month must be 1 to 12.");
        return MonthlyReportCalculator.Calculate(year, month,
            await MonthlyReportTable.RoundsOfMonthAsync(session, year, month, calendar.TimeZone, cancellation), calendar.TimeZone);
    }

    private static IEnumerable<MonthlyFigures> Rows(MonthlyReport report) => report.ByHandlingUnit.Prepend(report.Overall);

    private static string FileName(int year, int month) => $"grievances-monthly-report-{year}-{month:00}";
}
