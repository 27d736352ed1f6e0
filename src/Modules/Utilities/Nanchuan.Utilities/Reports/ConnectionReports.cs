using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Utilities.Domain.Gas;

namespace Nanchuan.Utilities.Reports;

/// <summary>Connections by utility, provider and class: how many, how many done, the share done within the limit, average working days, overdue.</summary>
public sealed record ConnectionSummary(string Utility, string Provider, string Category, int Connections, int Completed, int WithinLimit,
    decimal? ShareWithinLimit, decimal? AverageWorkingDays, int Overdue);

/// <summary>Water pay-last commitments of a provider: cost lists sent, still outstanding, overdue.</summary>
public sealed record WaterCommitmentSummary(string Provider, int CostListsSent, int Outstanding, int Overdue, decimal OutstandingAmount);

/// <summary>Gas fee compliance and spot-check coverage of a quarter.</summary>
public sealed record GasComplianceSummary(int Year, int Quarter, int FeesIssued, int Drawn, decimal Coverage, int UnannouncedDrawn, int Checked, int Compliant, decimal? ComplianceRate);

public static class ConnectionReports
{
    private const string Route = $"{UtilitiesModule.Route}/reports";
    private const string ReportReaders = UtilitiesReports.Readers;

    [WolverineGet($"{Route}/connections")]
    [Authorize(Roles = ReportReaders)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("报装统计（按类别和供应单位） / Connections by class and provider")]
    [EndpointDescription("From the SQL table utilities.connection_rows; the same figures per month are the SQL view utilities.connection_summary. `month` (yyyy-MM) limits it to the applications of a month; `format=csv` or `xlsx` downloads it. A provider's staff see their own company's figures.")]
    public static async Task<IResult> Connections(string? month, string? format, IQuerySession session, CancellationToken cancellation)
    {
        var rows = string.IsNullOrWhiteSpace(month) ? await VisibleRows(session, cancellation) : await VisibleRows(session, cancellation, "month = ?", month.Trim());
        var summary = rows.GroupBy(r => (r.Utility, r.Provider, r.Category)).OrderBy(g => g.Key.Utility).ThenBy(g => g.Key.Provider).ThenBy(g => g.Key.Category)
            .Select(g =>
            {
                var done = g.Where(r => r.CompletedAt is not null).ToList();
                var within = done.Count(r => r.WithinLimit == true);
                var timed = done.Where(r => r.WorkingDaysTaken is not null).ToList();
                return new ConnectionSummary(g.Key.Utility, g.Key.Provider, g.Key.Category, g.Count(), done.Count, within,
                    done.Count == 0 ? null : Math.Round((decimal)within / done.Count, 4),
                    timed.Count == 0 ? null : Math.Round(timed.Average(r => r.WorkingDaysTaken!.Value), 2), g.Count(r => r.Overdue));
            }).ToList();
        return Export(format, "报装统计", summary,
        [
            new("类型", r => r.Utility), new("供应单位", r => r.Provider), new("类别", r => r.Category), new("报装数", r => r.Connections),
            new("已办结", r => r.Completed), new("时限内办结", r => r.WithinLimit), new("时限内办结率", r => r.ShareWithinLimit),
            new("平均工作日", r => r.AverageWorkingDays), new("超期未办", r => r.Overdue),
        ]);
    }

    [WolverineGet($"{Route}/water-commitments")]
    [Authorize(Roles = ReportReaders)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("供水“最后办”承诺履行情况 / Water commitments outstanding and overdue")]
    [EndpointDescription("Per water company: cost lists sent, payments outstanding, overdue (past the 60 days) and the amount outstanding. `format=csv` or `xlsx` downloads it. Also the SQL view utilities.water_commitment_summary.")]
    public static async Task<IResult> WaterCommitments(string? format, IQuerySession session, CancellationToken cancellation)
    {
        var rows = await VisibleRows(session, cancellation, "utility = 'water' and fee_issued_at is not null");
        var summary = rows.GroupBy(r => r.Provider).OrderBy(g => g.Key)
            .Select(g => new WaterCommitmentSummary(g.Key, g.Count(), g.Count(r => r.PaymentOutstanding), g.Count(r => r.PaymentOutstanding && r.PaymentOverdue),
                g.Where(r => r.PaymentOutstanding).Sum(r => r.FeeTotal ?? 0))).ToList();
        return Export(format, "供水承诺履行情况", summary,
        [
            new("供水单位", r => r.Provider), new("已送达费用清单", r => r.CostListsSent), new("待履行", r => r.Outstanding),
            new("逾期未履行", r => r.Overdue), new("待缴金额（元）", r => r.OutstandingAmount),
        ]);
    }

    [WolverineGet($"{Route}/gas-compliance")]
    [Authorize(Roles = ReportReaders)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("燃气报装价格合规与抽查覆盖率 / Gas fee compliance and spot-check coverage")]
    [EndpointDescription("Per quarter of the year: fees issued, connections drawn by the quarterly draw (coverage, at least 50%), drawn unannounced, and of all drawn: checked, compliant. `format=csv` or `xlsx` downloads it.")]
    public static async Task<IResult> GasCompliance(int year, string? format, IQuerySession session, CancellationToken cancellation)
    {
        // The report table's rows of the operators the reader may see, summed per quarter (an operator reads only its own).
        var provider = UtilitiesReports.Catalog.Access.Scope!(CurrentActor.Value);
        var rows = await ReportReader.ReadAsync<GasComplianceRow>(session,
            $"select * from {UtilitiesReports.GasCompliance.QualifiedName} where year = ?{(provider is null ? "" : " and provider = ?")}",
            cancellation, provider is null ? [year] : [year, provider]);
        var summary = Enumerable.Range(1, 4).Select(q =>
        {
            var quarter = rows.Where(r => r.Quarter == q).ToList();
            int issued = quarter.Sum(r => r.FeesIssued), drawn = quarter.Sum(r => r.Drawn), unannounced = quarter.Sum(r => r.UnannouncedDrawn), checkedCount = quarter.Sum(r => r.Checked), compliant = quarter.Sum(r => r.Compliant);
            return new GasComplianceSummary(year, q, issued, drawn, issued == 0 ? 0 : Math.Round((decimal)drawn / issued, 4), unannounced, checkedCount, compliant,
                checkedCount == 0 ? null : Math.Round((decimal)compliant / checkedCount, 4));
        }).ToList();
        return Export(format, "燃气报装价格合规", summary,
        [
            new("年度", r => r.Year), new("季度", r => r.Quarter), new("出具费用明细", r => r.FeesIssued), new("定期抽取", r => r.Drawn),
            new("抽查覆盖率", r => r.Coverage), new("不定期抽取", r => r.UnannouncedDrawn), new("已检查", r => r.Checked), new("合规", r => r.Compliant), new("合规率", r => r.ComplianceRate),
        ]);
    }

    /// <summary>The connection rows matching the condition (placeholders <c>?</c>) that the reader may see: all, or their own company's.</summary>
    public static async Task<IReadOnlyList<ConnectionRow>> VisibleRows(IQuerySession session, CancellationToken cancellation, string? condition = null, params object[] parameters)
    {
        var provider = UtilitiesReports.Catalog.Access.Scope!(CurrentActor.Value);
        var conditions = new[] { condition, provider is null ? null : "provider = ?" }.OfType<string>().ToList();
        return await ReportReader.ReadAsync<ConnectionRow>(session,
            $"select * from {UtilitiesReports.ConnectionRows.QualifiedName}{(conditions.Count == 0 ? "" : " where " + string.Join(" and ", conditions))}",
            cancellation, provider is null ? parameters : [.. parameters, provider]);
    }

    private static IResult Export<T>(string? format, string fileName, IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns) =>
        format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => Results.Ok(rows),
            "csv" => TabularExport.Csv(fileName, rows, columns),
            "xlsx" => TabularExport.Xlsx(fileName, rows, columns),
            _ => throw new DomainValidationException("format", "格式应为json、csv或xlsx / the format must be json, csv or xlsx."),
        };
}
