using System.Globalization;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Oversight.Figures;

/// <summary>办结率 and 及时率 of the cases opened in a month (<c>case_figures</c>).</summary>
public sealed record CaseFigure(
    string Module, string Month, string Department, int Opened, int Closed, decimal? ClosedShare, int ClosedWithDeadlines, int ClosedOnTime, decimal? OnTimeShare);

/// <summary>满意率 of the ratings given in a month (<c>satisfaction_figures</c>).</summary>
public sealed record SatisfactionFigure(string Module, string Month, string Department, int Ratings, int Good, decimal SatisfactionShare);

/// <summary>最多跑一次 of the cases opened in a month whose module counts trips (<c>trip_figures</c>).</summary>
public sealed record TripFigure(string Module, string Month, string Department, int Cases, int WithinOneTrip, decimal OneTripShare);

/// <summary>时限压缩 of a department's catalogue items (<c>compression_figures</c>): a state of the catalogue, not of a month.</summary>
public sealed record CompressionFigure(string Module, string Department, int Items, decimal AverageCompression, int EnterpriseItems, decimal? AverageEnterpriseCompression);

/// <summary>The figures by module, month and department, as the report views compute them.</summary>
public sealed record OversightFigures(
    IReadOnlyList<CaseFigure> Cases, IReadOnlyList<SatisfactionFigure> Satisfaction, IReadOnlyList<TripFigure> Trips, IReadOnlyList<CompressionFigure> Compression);

public static class GetFiguresEndpoint
{
    [WolverineGet($"{OversightModule.Route}/figures")]
    [Authorize(Roles = OversightAccess.Readers)]
    [Tags(OversightModule.Tag)]
    [EndpointSummary("跨模块指标：办结率、及时率、满意率、最多跑一次、时限压缩 / Figures by module, month and department")]
    [EndpointDescription("The report views case_figures (办结率, 及时率), satisfaction_figures (满意率 = 非常满意+满意+基本满意 over all ratings counted; a rating struck by an upheld appeal is left out), trip_figures (最多跑一次: cases with at most one trip over the cases whose module counts trips) and compression_figures (1 − 承诺时限 ÷ 法定时限 averaged over a department's catalogue items; not by month). Filters: `month` (yyyy-MM, Beijing time; not applied to compression), `module`, `department`. A department handler gets its own department's rows only (asking for another's is 403). The same views as SQL for reporting tools and as CSV/XLSX: /api/oversight/reports/{view}.csv.")]
    [ProducesResponseType<OversightFigures>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<OversightFigures> Get(string? month, string? module, string? department, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        errors.If(month is not null && !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "month", "月份格式应为 yyyy-MM / month must be yyyy-MM.");
        errors.ThrowIfAny();
        var scope = OversightAccess.DepartmentScope(CurrentActor.Value, department);

        Task<IReadOnlyList<T>> Read<T>(ReportTable view, bool monthly, string order)
        {
            var where = new List<string> { "true" };
            var parameters = new List<object>();
            void Add(string condition, object value)
            {
                where.Add(condition);
                parameters.Add(value);
            }
            if (monthly && month is not null) Add("month = ?", month);
            if (module is not null) Add("lower(module) = lower(?)", module);
            if (scope is not null) Add("department = ?", scope);
            return ReportReader.ReadAsync<T>(session, $"select * from {view.QualifiedName} where {string.Join(" and ", where)} order by {order}", cancellation, [.. parameters]);
        }

        return new OversightFigures(
            await Read<CaseFigure>(OversightReports.CaseFigures, true, "module, month, department"),
            await Read<SatisfactionFigure>(OversightReports.SatisfactionFigures, true, "module, month, department"),
            await Read<TripFigure>(OversightReports.TripFigures, true, "module, month, department"),
            await Read<CompressionFigure>(OversightReports.CompressionFigures, false, "module, department"));
    }
}
