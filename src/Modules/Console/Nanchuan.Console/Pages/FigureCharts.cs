using System.Text.Json;
using Nanchuan.Console.Rendering;

namespace Nanchuan.Console.Pages;

/// <summary>
/// The charts of the oversight figures (ADR 0104, 0138): 满意率 and the 最多跑一次 share by module and month, 时限压缩 by
/// department, from <c>GET /api/oversight/figures</c> as this user may read them. Shares are percentages, one decimal;
/// a month with nothing counted is a gap, never a zero.
/// </summary>
internal static class FigureCharts
{
    /// <summary>满意率: good ratings over ratings counted, per module and month (summed over departments).</summary>
    public static object Satisfaction(JsonElement figures) => Monthly(figures.GetProperty("satisfaction"), "ratings", "good");

    /// <summary>最多跑一次: cases within one trip over cases with trips counted, per module and month.</summary>
    public static object Trips(JsonElement figures) => Monthly(figures.GetProperty("trips"), "cases", "withinOneTrip");

    /// <summary>时限压缩 per implementing department: all its items, and those concerning enterprises.</summary>
    public static object Compression(JsonElement figures)
    {
        var rows = figures.GetProperty("compression").EnumerateArray()
            .Select(r => (Department: r.GetProperty("department").GetString() ?? "", All: r.GetProperty("averageCompression").GetDecimal(),
                Enterprise: r.GetProperty("averageEnterpriseCompression").ValueKind == JsonValueKind.Number ? r.GetProperty("averageEnterpriseCompression").GetDecimal() : (decimal?)null))
            .OrderBy(r => r.Department, StringComparer.Ordinal).ToList();
        return new
        {
            departments = rows.Select(r => r.Department).ToList(),
            all = rows.Select(r => Percent(r.All)).ToList(),
            enterprise = rows.Select(r => r.Enterprise is { } share ? Percent(share) : null).ToList(),
        };
    }

    private static object Monthly(JsonElement rows, string counted, string good)
    {
        var items = rows.EnumerateArray()
            .Select(r => (Module: r.GetProperty("module").GetString() ?? "", Month: r.GetProperty("month").GetString() ?? "",
                Counted: r.GetProperty(counted).GetInt32(), Good: r.GetProperty(good).GetInt32())).ToList();
        var months = items.Select(i => i.Month).Distinct().Order(StringComparer.Ordinal).ToList();
        return new
        {
            months,
            series = items.Select(i => i.Module).Distinct().Order(StringComparer.Ordinal).Select(module => new
            {
                name = Labels.Module(module),
                data = months.Select(month =>
                {
                    var of = items.Where(i => i.Module == module && i.Month == month).ToList();
                    var total = of.Sum(i => i.Counted);
                    return total == 0 ? (decimal?)null : Percent((decimal)of.Sum(i => i.Good) / total);
                }).ToList(),
            }).ToList(),
        };
    }

    private static decimal? Percent(decimal share) => Math.Round(share * 100, 1, MidpointRounding.AwayFromZero);
}
