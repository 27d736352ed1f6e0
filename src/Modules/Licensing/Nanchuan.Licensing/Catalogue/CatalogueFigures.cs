using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Licensing.Reports;

namespace Nanchuan.Licensing.Catalogue;

/// <summary>
/// The catalogue's figures by kind and level (ADR 0135): the average compression of 行政许可 items (承诺时限 against 法定时限, seed 000: 70.2 %
/// in 2020), the online rate (网上可办率) of district departments' and of towns' items and of all (98.7 %), and every row of
/// <c>licensing.catalogue_kind_figures</c> (a null kind or level is the total over it). Rates 0–1 with 4 decimals; null with no item to count.
/// </summary>
public sealed record CatalogueFigures(
    decimal? AdministrativeLicenceCompression, decimal? OnlineRate, decimal? DistrictDepartmentOnlineRate, decimal? TownOnlineRate,
    int DistrictDepartmentOnlineItems, int TownOnlineItems, int UnclassifiedItems, IReadOnlyList<CatalogueKindFigure> Rows);

/// <summary>One row of the figures: a kind and a level (null = all of them), the items, those online, the online rate and the average compression.</summary>
public sealed record CatalogueKindFigure(
    ServiceItemKind? Kind, ServiceItemOwnerLevel? OwnerLevel, int Items, int OnlineItems, decimal OnlineRate, decimal AverageCompression);

public static class CatalogueFiguresEndpoint
{
    [WolverineGet("/api/licensing/catalogue/figures")]
    [Tags("Licensing")]
    [EndpointSummary("事项类型与层级统计 / Catalogue figures by kind and level")]
    [EndpointDescription("The average compression of 行政许可 items (promised against statutory limit), the online rate (网上可办率) of district departments' items, of towns' (乡镇（街道）) items and of all, "
        + "and the figures per kind and level. Items catalogued before kinds were recorded count as unclassified (未分类): in the totals, never in a kind or a level. "
        + "Same rows as the SQL view licensing.catalogue_kind_figures (CSV/XLSX through /api/licensing/reports/catalogue_kind_figures.csv|.xlsx).")]
    public static async Task<CatalogueFigures> Get(IQuerySession session, CancellationToken cancellation)
    {
        var rows = (await ReportReader.ReadAsync<Row>(session,
                $"select kind, owner_level, items, online_items, online_rate, average_compression from {LicensingTables.CatalogueKindFigures.QualifiedName} order by kind, owner_level",
                cancellation))
            .Select(r => new CatalogueKindFigure(Parse<ServiceItemKind>(r.Kind), Parse<ServiceItemOwnerLevel>(r.OwnerLevel), r.Items, r.OnlineItems, r.OnlineRate,
                r.AverageCompression))
            .ToList();
        CatalogueKindFigure? Total(ServiceItemKind? kind, ServiceItemOwnerLevel? level) => rows.SingleOrDefault(r => r.Kind == kind && r.OwnerLevel == level);
        return new CatalogueFigures(
            Total(ServiceItemKind.AdministrativeLicence, null)?.AverageCompression,
            Total(null, null)?.OnlineRate,
            Total(null, ServiceItemOwnerLevel.DistrictDepartment)?.OnlineRate,
            Total(null, ServiceItemOwnerLevel.Town)?.OnlineRate,
            Total(null, ServiceItemOwnerLevel.DistrictDepartment)?.OnlineItems ?? 0,
            Total(null, ServiceItemOwnerLevel.Town)?.OnlineItems ?? 0,
            Total(ServiceItemKind.Unclassified, null)?.Items ?? 0,
            rows);
    }

    /// <summary>A kind or level as the view writes it (camelCase), '' for the total over it.</summary>
    private static T? Parse<T>(string value) where T : struct, Enum => value.Length == 0 ? null : Enum.Parse<T>(value, ignoreCase: true);

    private sealed record Row(string Kind, string OwnerLevel, int Items, int OnlineItems, decimal OnlineRate, decimal AverageCompression);
}
