using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>The one export of every module's report tables: the rows of the SQL table with its Chinese headers, filtered by its declared dimensions.</summary>
public static class ReportExportEndpoint
{
    [WolverineGet("/api/{module}/reports/{table}.{format}")]
    [Tags("Reports")]
    [EndpointSummary("导出报表 / Export a report table as CSV or XLSX")]
    [EndpointDescription("The rows of the SQL table `{module}.{table}` (docs/reporting.md lists every table and column), with Chinese headers and enums spelled as in the JSON API. " +
        "`format` = csv (UTF-8 with BOM) or xlsx. Filters on the table's dimensions: `month` (yyyy-MM, Beijing time), `from`/`to` (days, inclusive), `department`. " +
        "The roles of the module's reports may read it; a department handler who sees only their department gets that department's rows.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(string module, string table, string format, string? month, DateOnly? from, DateOnly? to, string? department,
        IReadOnlyList<INanchuanModule> modules, IQuerySession session, CancellationToken cancellation)
    {
        var catalog = modules.Select(m => m.Reports).OfType<ReportCatalog>().FirstOrDefault(c => c.Module == module)
            ?? throw new NotFoundException($"没有模块{module}的报表 / module {module} has no reports.");
        var report = catalog.Find(table) is { Exported: true } found ? found : throw new NotFoundException($"没有报表{table} / no report table {table}.");
        var kind = format.ToLowerInvariant();
        if (kind is not ("csv" or "xlsx")) throw new DomainValidationException("format", "格式应为 csv 或 xlsx / format must be csv or xlsx.");

        department = catalog.Access.EnsureMayRead(CurrentActor.Value, module, report, department);

        var (where, parameters) = Filter(report, month, from, to, department);
        var rows = await ReportReader.RowsAsync(session, report, where, cancellation, parameters);
        var columns = report.Columns.Select(c => new ExportColumn<IReadOnlyDictionary<string, object?>>(c.ChineseName, row => row[c.Name])).ToList();
        var file = $"{module}-{report.Name.Replace('_', '-')}";
        return kind == "csv" ? TabularExport.Csv(file, rows, columns) : TabularExport.Xlsx(file, rows, columns);
    }

    private static (string? Where, object[] Parameters) Filter(ReportTable report, string? month, DateOnly? from, DateOnly? to, string? department)
    {
        var conditions = new List<string>();
        var parameters = new List<object>();
        if (month is not null)
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
                throw new DomainValidationException("month", "月份格式应为 yyyy-MM / month must be yyyy-MM.");
            var column = Dimension(report, ReportDimension.Month) ?? throw NoDimension("month", report);
            if (column.Type.StartsWith("integer", StringComparison.Ordinal))
            {
                conditions.Add($"year = ? and {column.Name} = ?");
                parameters.AddRange([first.Year, first.Month]);
            }
            else
            {
                conditions.Add($"{column.Name} = ?");
                parameters.Add(month);
            }
        }
        if (from is not null || to is not null)
        {
            if (from > to) throw new DomainValidationException("to", "截止日期不得早于起始日期 / the end date is before the start date.");
            var column = Dimension(report, ReportDimension.Day) ?? throw NoDimension(from is null ? "to" : "from", report);
            conditions.Add($"{column.Name} between ? and ?");
            parameters.AddRange([from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue]);
        }
        if (department is not null)
        {
            var column = Dimension(report, ReportDimension.Department) ?? throw NoDimension("department", report);
            conditions.Add($"{column.Name} = ?");
            parameters.Add(department);
        }
        return (conditions.Count == 0 ? null : string.Join(" and ", conditions), [.. parameters]);
    }

    private static ReportColumn? Dimension(ReportTable report, ReportDimension dimension) => report.Columns.FirstOrDefault(c => c.Dimension == dimension);

    private static DomainValidationException NoDimension(string field, ReportTable report) =>
        new(field, $"报表{report.Name}不按此维度统计 / {report.Name} has no {field} dimension.");
}
