using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Wolverine.Http;

namespace Nanchuan.Licensing.Reports;

public static class ReportExportEndpoint
{
    [WolverineGet("/api/licensing/reports/{table}/export")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("导出报表 / Export a report table as CSV or XLSX")]
    [EndpointDescription("table = hall_daily_figures, one_trip_report, registration_report, catalogue_items, catalogue_summary, staff_monthly_results or fast_approval_projects: "
        + "the rows of the SQL table licensing.{table} with Chinese headers. `format=csv` (default, UTF-8 with BOM) or `xlsx`; `from`/`to` (dates, inclusive) filter hall_daily_figures by day and fast_approval_projects by entry day.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Export(string table, string? format, DateOnly? from, DateOnly? to, IQuerySession session, CancellationToken cancellation)
    {
        var report = LicensingTables.Exported(table) ?? throw new NotFoundException($"没有报表{table} / no report table {table}.");
        var kind = (format ?? "csv").ToLowerInvariant();
        if (kind is not ("csv" or "xlsx")) throw new DomainValidationException("format", "格式应为 csv 或 xlsx / format must be csv or xlsx.");
        DateRange.Validate(from, to, required: false);
        var dayColumn = report.Columns.FirstOrDefault(c => c.Type == "date")?.Name;
        var rows = dayColumn is null || (from is null && to is null)
            ? await ReportTableReader.RowsAsync(session, report, null, cancellation)
            : await ReportTableReader.RowsAsync(session, report, $"{dayColumn} between ? and ?", cancellation,
                from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue);
        var columns = report.Columns.Select(c => new ExportColumn<IReadOnlyDictionary<string, object?>>(c.Header, row => row[c.Name])).ToList();
        var file = $"licensing-{report.Name.Replace('_', '-')}";
        return kind == "csv" ? TabularExport.Csv(file, rows, columns) : TabularExport.Xlsx(file, rows, columns);
    }
}
