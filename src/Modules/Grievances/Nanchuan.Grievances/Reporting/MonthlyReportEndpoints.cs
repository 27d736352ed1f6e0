using System.Globalization;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Grievances.Domain;
using Wolverine.Http;

namespace Nanchuan.Grievances.Reporting;

/// <summary>月度通报 per handling unit and overall, as JSON, CSV and XLSX: the same figures as <c>grievances.monthly_report</c>.</summary>
public static class MonthlyReportEndpoints
{
    private const string ReportRoute = $"{GrievancesModule.Route}/reports/monthly";
    private const string Readers = $"{Roles.BusinessOffice},{Roles.Supervisor}";
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
    public static async Task<IResult> GetCsv(int year, int month, IQuerySession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        var rows = Rows(await CalculateAsync(year, month, session, calendar, cancellation));
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', Columns.Select(c => Escape(c.Header))));
        foreach (var row in rows) csv.AppendLine(string.Join(',', Columns.Select(c => Escape(Format(row[c.Header])))));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", FileName(year, month, "csv"));
    }

    [WolverineGet($"{ReportRoute}.xlsx")]
    [Authorize(Roles = Readers)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("月度通报（Excel） / Monthly report as XLSX")]
    [EndpointDescription("The monthly report as an Excel workbook, one sheet, one row per handling unit after the overall row.")]
    [Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public static async Task<IResult> GetXlsx(int year, int month, IQuerySession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        var rows = Rows(await CalculateAsync(year, month, session, calendar, cancellation));
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: $"{year}年{month}月", excelType: ExcelType.XLSX, cancellationToken: cancellation);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(year, month, "xlsx"));
    }

    public static async Task<MonthlyReport> CalculateAsync(int year, int month, IQuerySession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        if (year is < 2000 or > 2100) throw new DomainValidationException("year", "年份应在2000至2100之间 / the year must be between 2000 and 2100.");
        if (month is < 1 or > 12) throw new DomainValidationException("month", "月份应为1至12 / the month must be 1 to 12.");
        return MonthlyReportCalculator.Calculate(year, month,
            await MonthlyReportTable.RoundsOfMonthAsync(session, year, month, calendar.TimeZone, cancellation), calendar.TimeZone);
    }

    private static readonly (string Header, Func<MonthlyFigures, object?> Value)[] Columns =
    [
        ("承办单位", f => f.HandlingUnitName ?? "全部承办单位"),
        ("承办量", f => f.AssignedCount),
        ("办结数", f => f.HandledCount),
        ("按时办结数", f => f.HandledWithinLimitCount),
        ("评价数", f => f.EvaluationCount),
        ("满意数", f => f.SatisfiedEvaluationCount),
        ("首次评价数", f => f.FirstEvaluationCount),
        ("首次满意数", f => f.FirstTimeSatisfiedCount),
        ("再次交办数", f => f.ReassignmentCount),
        ("超期数", f => f.OverdueCount),
        ("销号数", f => f.ClosedCount),
        ("办结率", f => f.CompletionRate),
        ("及时率", f => f.TimelinessRate),
        ("满意率", f => f.SatisfactionRate),
        ("首次满意率", f => f.FirstTimeSatisfactionRate),
        ("平均办理工作日", f => f.AverageHandlingWorkingDays),
    ];

    private static List<Dictionary<string, object?>> Rows(MonthlyReport report) =>
        report.ByHandlingUnit.Prepend(report.Overall)
            .Select(figures => Columns.ToDictionary(c => c.Header, c => c.Value(figures)))
            .ToList();

    private static string Format(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;

    private static string FileName(int year, int month, string extension) => $"grievances-monthly-report-{year}-{month:00}.{extension}";
}
