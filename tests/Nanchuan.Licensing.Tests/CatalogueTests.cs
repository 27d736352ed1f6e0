using Alba;
using Marten;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

public sealed class CompressionTests
{
    private static ServiceItem Item(int statutory, decimal promised, bool enterprise = true, bool online = true)
    {
        var item = new ServiceItem();
        item.Apply(CatalogueDecisions.Catalogue(new CatalogueServiceItem($"T-{statutory}-{promised}", "测试事项", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, statutory, promised, promised == 0, online, enterprise, ["申请书"])));
        return item;
    }

    [Fact]
    public void Compression_average_online_rate_and_below_target_list()
    {
        var items = new[] { Item(20, 5), Item(20, 2), Item(20, 0.5m, online: false), Item(10, 5, enterprise: false) };
        items.Select(i => i.Compression).ShouldBe([0.75m, 0.9m, 0.975m, 0.5m]);
        var report = CatalogueDecisions.Report(items, 0.9m);
        report.AverageCompression.ShouldBe(0.7813m); // (0.75 + 0.9 + 0.975 + 0.5) / 4 = 0.78125
        report.AverageEnterpriseCompression.ShouldBe(0.875m);
        report.OnlineRate.ShouldBe(0.75m);
        report.BelowTarget.Select(i => i.Compression).ShouldBe([0.75m]); // exactly 90 % meets the target; a non-enterprise item is not listed
    }

    [Fact]
    public void Promised_limits_are_half_days_within_the_statutory_limit()
    {
        var error = Should.Throw<BuildingBlocks.Errors.DomainValidationException>(() =>
            CatalogueDecisions.Catalogue(new CatalogueServiceItem("", "事项", ServiceItemKind.AdministrativeLicence, "", ServiceItemOwnerLevel.DistrictDepartment, 5, 0.3m, false, true, true, ["申请书", "申请书"])));
        error.Errors.Keys.ShouldBe(["code", "department", "promisedWorkingDays", "checklist"], ignoreOrder: true);
        Should.Throw<BuildingBlocks.Errors.DomainValidationException>(() =>
            CatalogueDecisions.Catalogue(new CatalogueServiceItem("X", "事项", ServiceItemKind.AdministrativeLicence, "部门", ServiceItemOwnerLevel.DistrictDepartment, 5, 6, false, true, true, null)));
    }
}

[Collection(LicensingCollection.Name)]
public sealed class CatalogueApiTests(LicensingHost platform)
{
    [Fact]
    public async Task An_enterprise_item_promised_5_of_20_days_is_listed_until_justified()
    {
        var item = await (await platform.Host.Scenario(s =>
        {
            s.Post.Json(new CatalogueServiceItem("XK-TEST-075", "建筑垃圾处置核准", ServiceItemKind.AdministrativeLicence, "区城市管理局", ServiceItemOwnerLevel.DistrictDepartment, 20, 5, false, true, true, ["申请表", "运输合同"])).ToUrl("/api/licensing/catalogue/items");
            s.As(platform, TestActors.Admin);
        })).ReadAsJsonAsync<ServiceItem>();
        item.Compression.ShouldBe(0.75m);

        (await ReportAsync()).BelowTarget.ShouldContain(i => i.Id == item.Id);
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new JustifyCompression(" ")).ToUrl($"/api/licensing/catalogue/items/{item.Id}/justification");
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(400);
        });
        (await ReportAsync()).BelowTarget.ShouldContain(i => i.Id == item.Id);

        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new JustifyCompression("需现场勘查运输路线")).ToUrl($"/api/licensing/catalogue/items/{item.Id}/justification");
            s.As(platform, TestActors.BusinessOffice);
        });
        (await ReportAsync()).BelowTarget.ShouldNotContain(i => i.Id == item.Id);

        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new CatalogueServiceItem("xk-test-075", "重复事项", ServiceItemKind.AdministrativeLicence, "区城市管理局", ServiceItemOwnerLevel.DistrictDepartment, 20, 1, false, true, true, [])).ToUrl("/api/licensing/catalogue/items");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(409);
        });
    }

    [Fact]
    public async Task Invalid_item_is_a_400_and_writes_nothing()
    {
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new CatalogueServiceItem("XK-TEST-BAD", "", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 20, 21, false, true, true, [])).ToUrl("/api/licensing/catalogue/items");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("promisedWorkingDays");
        });
        await using var query = platform.Store().QuerySession();
        (await query.Events.FetchStreamStateAsync(CatalogueDecisions.ItemIdFor("XK-TEST-BAD"))).ShouldBeNull();
    }

    private async Task<CatalogueReport> ReportAsync() =>
        await (await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/licensing/catalogue/report");
            s.As(platform, TestActors.Supervisor);
        })).ReadAsJsonAsync<CatalogueReport>();
}
