using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nanchuan.Console.Api;

namespace Nanchuan.Console.Pages;

/// <summary>
/// Charts (issue 20 point 6, ADR 0085): cases opened per month and module, and per department the cases received and closed
/// beside the deadlines overdue now; 满意率, 最多跑一次 and 时限压缩 from the oversight figures (ADR 0138). The figures are
/// counted here from the oversight API's answers for this user; ECharts (vendored, no CDN) draws them in the browser.
/// </summary>
internal sealed class ChartsModel(ConsoleApi api) : PageModel
{
    private const int MaxDeadlinePages = 20;

    public string? Problem { get; private set; }
    public object? Monthly { get; private set; }
    public object? Departments { get; private set; }
    public object? Satisfaction { get; private set; }
    public object? Trips { get; private set; }
    public object? Compression { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var (csv, problem) = await api.GetTextAsync("/api/oversight/reports/case_rows.csv", cancellation);
        if (csv is null)
        {
            Problem = problem;
            return;
        }
        var cases = Csv.Read(csv);
        var overdue = await OverdueByDepartmentAsync(cancellation);

        var months = cases.Select(c => c["月份"]).Where(m => m.Length > 0).Distinct().Order().ToList();
        var modules = cases.Select(c => c["模块"]).Distinct().Order().ToList();
        Monthly = new
        {
            months,
            series = modules.Select(m => new { name = Rendering.Labels.Module(m), data = months.Select(month => cases.Count(c => c["模块"] == m && c["月份"] == month)).ToList() }).ToList(),
        };

        var departments = cases.Select(c => c["受理部门"]).Concat(overdue.Keys).Where(d => d.Length > 0).Distinct().Order().ToList();
        Departments = new
        {
            departments,
            opened = departments.Select(d => cases.Count(c => c["受理部门"] == d)).ToList(),
            closed = departments.Select(d => cases.Count(c => c["受理部门"] == d && c["办结时间"].Length > 0)).ToList(),
            overdue = departments.Select(d => overdue.GetValueOrDefault(d)).ToList(),
        };

        var figures = await api.GetAsync("/api/oversight/figures", cancellation);
        if (!figures.Ok) return;
        Satisfaction = FigureCharts.Satisfaction(figures.Body);
        Trips = FigureCharts.Trips(figures.Body);
        Compression = FigureCharts.Compression(figures.Body);
    }

    public static string Json(object? value) => JsonSerializer.Serialize(value);

    private async Task<Dictionary<string, int>> OverdueByDepartmentAsync(CancellationToken cancellation)
    {
        var counts = new Dictionary<string, int>();
        string? after = null;
        for (var page = 0; page < MaxDeadlinePages; page++)
        {
            var answer = await api.GetAsync($"/api/oversight/deadlines?state=overdue&limit=200{(after is null ? "" : "&cursor=" + Uri.EscapeDataString(after))}", cancellation);
            if (!answer.Ok) break;
            foreach (var row in answer.Body.GetProperty("items").EnumerateArray())
            {
                var department = row.GetProperty("department").GetString() ?? "";
                counts[department] = counts.GetValueOrDefault(department) + 1;
            }
            after = answer.Body.GetProperty("nextCursor").GetString();
            if (after is null) break;
        }
        return counts;
    }
}
