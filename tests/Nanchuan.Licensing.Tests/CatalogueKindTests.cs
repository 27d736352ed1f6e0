using System.Text;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.Reports;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>Kinds and levels of catalogue items (ADR 0134): required on create, 未分类 only for items catalogued before.</summary>
public sealed class CatalogueKindTests
{
    private static CatalogueServiceItem Item(ServiceItemKind kind, ServiceItemOwnerLevel level) =>
        new("XK-KIND-1", "食品经营许可", kind, "区市场监管局", level, 20, 2, false, true, true, ["申请书"]);

    [Fact]
    public void A_new_item_names_its_kind_and_level_unclassified_is_refused()
    {
        var error = Should.Throw<BuildingBlocks.Errors.DomainValidationException>(() =>
            CatalogueDecisions.Catalogue(Item(ServiceItemKind.Unclassified, ServiceItemOwnerLevel.Unclassified)));
        error.Errors.Keys.ShouldBe(["kind", "ownerLevel"], ignoreOrder: true);
        error.Errors["kind"].Single().ShouldContain("请选择事项类型");
        error.Errors["ownerLevel"].Single().ShouldContain("choose districtDepartment or town");
        Should.Throw<BuildingBlocks.Errors.DomainValidationException>(() =>
            CatalogueDecisions.Catalogue(Item((ServiceItemKind)99, ServiceItemOwnerLevel.Town))).Errors.Keys.ShouldBe(["kind"]);

        var catalogued = CatalogueDecisions.Catalogue(Item(ServiceItemKind.AdministrativeLicence, ServiceItemOwnerLevel.Town));
        (catalogued.Kind, catalogued.OwnerLevel).ShouldBe((ServiceItemKind.AdministrativeLicence, ServiceItemOwnerLevel.Town));
        catalogued.Describe().ShouldBe("事项清单新增行政许可事项“食品经营许可”（XK-KIND-1），实施主体区市场监管局（乡镇（街道）），法定20个工作日，承诺2个工作日");
    }

    [Fact]
    public void An_item_catalogued_before_kinds_reads_as_unclassified()
    {
        var old = new ServiceItemCataloguedV1(Guid.NewGuid(), "XK-OLD-1", "建筑垃圾处置核准", "区城市管理局", 20, 5, false, true, true, ["申请表"]);
        var item = new ServiceItem();
        item.Apply(old.Upcast());
        (item.Kind, item.OwnerLevel, item.Code, item.Department, item.Compression).ShouldBe(
            (ServiceItemKind.Unclassified, ServiceItemOwnerLevel.Unclassified, "XK-OLD-1", "区城市管理局", 0.75m));
    }
}

/// <summary>The catalogue's figures cover the whole catalogue: a database of their own, with no other test's items in it.</summary>
public sealed class CatalogueFiguresHost() : ModuleHost(new DateTimeOffset(2020, 6, 1, 9, 0, 0, ModuleHost.Beijing));

/// <summary>
/// The averages of seed 000 ("行政许可事项承诺时限较法定平均时限减少70.2%", "网上可办率达98.7%", department and town items online) computed from
/// the kinds and levels (ADR 0135): the SQL view, the API, CSV/XLSX and rebuild = live.
/// </summary>
public sealed class CatalogueFiguresTests(CatalogueFiguresHost platform) : IClassFixture<CatalogueFiguresHost>
{
    private const string Url = "/api/licensing/catalogue/items";

    [Fact]
    public async Task Seed_figures_in_miniature_licences_compressed_70_2_percent_and_98_7_percent_online_departments_apart_from_towns()
    {
        // 行政许可: 20 → 6 working days twice (0.70, district departments) and 250 → 73.5 (0.706, a town): on average 0.7020 — seed 000's 70.2 %.
        // 77 items, 76 online: 98.7 %; district departments 33 of 33 online, towns 43 of 44.
        var department = ServiceItemOwnerLevel.DistrictDepartment;
        var town = ServiceItemOwnerLevel.Town;
        await AddAsync("XK-D-1", ServiceItemKind.AdministrativeLicence, "区市场监管局", department, 20, 6, online: true);
        await AddAsync("XK-D-2", ServiceItemKind.AdministrativeLicence, "区城市管理局", department, 20, 6, online: true);
        await AddAsync("XK-T-1", ServiceItemKind.AdministrativeLicence, "南平镇人民政府", town, 250, 73.5m, online: true);
        for (var i = 1; i <= 31; i++) await AddAsync($"GG-D-{i}", ServiceItemKind.PublicService, "区人力社保局", department, 10, 1, online: true);
        for (var i = 1; i <= 42; i++) await AddAsync($"QR-T-{i}", ServiceItemKind.AdministrativeConfirmation, "东城街道办事处", town, 5, 0.5m, online: true);
        await AddAsync("GG-T-1", ServiceItemKind.PublicService, "水江镇人民政府", town, 10, 2, online: false);

        (await platform.SqlRowsAsync(
                "select concat_ws('|', kind, owner_level, items, online_items, online_rate, average_compression) from licensing.catalogue_kind_figures order by kind, owner_level"))
            .ShouldBe([
                "||77|76|0.9870|0.8910",
                "|districtDepartment|33|33|1.0000|0.8879",
                "|town|44|43|0.9773|0.8933",
                "administrativeConfirmation||42|42|1.0000|0.9000",
                "administrativeConfirmation|town|42|42|1.0000|0.9000",
                "administrativeLicence||3|3|1.0000|0.7020",
                "administrativeLicence|districtDepartment|2|2|1.0000|0.7000",
                "administrativeLicence|town|1|1|1.0000|0.7060",
                "publicService||32|31|0.9688|0.8969",
                "publicService|districtDepartment|31|31|1.0000|0.9000",
                "publicService|town|1|0|0.0000|0.8000",
            ]);

        var figures = await platform.Host.GetAsync<CatalogueFigures>("/api/licensing/catalogue/figures", TestActors.Enterprise);
        (figures.AdministrativeLicenceCompression, figures.OnlineRate, figures.DistrictDepartmentOnlineRate, figures.TownOnlineRate).ShouldBe((0.7020m, 0.9870m, 1.0000m, 0.9773m));
        (figures.DistrictDepartmentOnlineItems, figures.TownOnlineItems, figures.UnclassifiedItems).ShouldBe((33, 43, 0));
        figures.Rows.Count.ShouldBe(11);
        figures.Rows.ShouldContain(new CatalogueKindFigure(ServiceItemKind.PublicService, ServiceItemOwnerLevel.Town, 1, 0, 0.0000m, 0.8000m));

        var csv = Encoding.UTF8.GetString(await platform.Host.BytesAsync("/api/licensing/reports/catalogue_kind_figures.csv", TestActors.BusinessOffice));
        csv.ShouldContain("事项类型（空为全部）,实施主体层级（空为全部）,事项数,网上可办事项数,网上可办率,平均压缩比例");
        csv.ShouldContain(",,77,76,0.9870,0.8910");
        csv.ShouldContain("administrativeLicence,,3,3,1.0000,0.7020");
        var xlsx = await platform.Host.BytesAsync("/api/licensing/reports/catalogue_kind_figures.xlsx", TestActors.BusinessOffice);
        Encoding.ASCII.GetString(xlsx, 0, 2).ShouldBe("PK");
        await platform.Host.Get(TestActors.Enterprise, "/api/licensing/reports/catalogue_kind_figures.csv", 403);

        (await platform.SqlRowsAsync("select kind, owner_level from licensing.catalogue_items where code = 'XK-T-1'")).ShouldBe(["administrativeLicence|town"]);
        await platform.ShouldRebuildToTheLiveRowsAsync<LicensingReportTables>(LicensingTables.CatalogueItems, LicensingTables.CatalogueKindFigures);
    }

    [Fact]
    public async Task An_item_without_its_kind_or_level_or_unclassified_is_a_400_and_writes_nothing()
    {
        var missing = await platform.Host.RejectedAsync(Url, new
        {
            code = "XK-BAD-1", name = "食品经营许可", department = "区市场监管局", statutoryWorkingDays = 20, promisedWorkingDays = 2,
            immediate = false, online = true, concernsEnterprises = true, checklist = new[] { "申请书" },
        }, TestActors.Admin, 400);
        missing.ShouldContain("\"kind\"");
        missing.ShouldContain("\"ownerLevel\"");

        var unclassified = await platform.Host.RejectedAsync(Url,
            new CatalogueServiceItem("XK-BAD-2", "食品经营许可", ServiceItemKind.Unclassified, "区市场监管局", ServiceItemOwnerLevel.Unclassified, 20, 2, false, true, true, ["申请书"]),
            TestActors.Admin, 400);
        unclassified.ShouldContain("请选择事项类型");
        unclassified.ShouldContain("请选择实施主体层级");

        await using var query = platform.Host.Store().QuerySession();
        (await query.Events.FetchStreamStateAsync(CatalogueDecisions.ItemIdFor("XK-BAD-1"))).ShouldBeNull();
        (await query.Events.FetchStreamStateAsync(CatalogueDecisions.ItemIdFor("XK-BAD-2"))).ShouldBeNull();
    }

    private Task AddAsync(string code, ServiceItemKind kind, string department, ServiceItemOwnerLevel level, int statutory, decimal promised, bool online) =>
        platform.Host.Post(TestActors.Admin, Url,
            new CatalogueServiceItem(code, $"测试事项{code}", kind, department, level, statutory, promised, false, online, true, ["申请书"]));
}
