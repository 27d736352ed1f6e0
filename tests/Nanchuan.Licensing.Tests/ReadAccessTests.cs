using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.SpotChecks;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>Issue 14, point 9: each case read answers only those the case belongs to (docs/access.md, ADR 0034).</summary>
[Collection(LicensingCollection.Name)]
public sealed class ReadAccessTests(LicensingHost platform)
{
    private static readonly Actor OtherEnterprise = new("ent-9", "重庆南川另一家有限公司", Roles.Enterprise, null, "91500119MA5UXY7Q3N", Channels.Web);
    private static readonly Actor Justice = new("dh-sfj", "区司法局 郑九", Roles.DepartmentHandler, "区司法局", null, Channels.Web);

    [Fact]
    public async Task An_application_is_read_by_its_enterprise_its_department_the_hall_and_the_overseers_only()
    {
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("XK-TEST-READ", "食品经营许可", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书", "营业执照"]), TestActors.Admin);
        platform.SetShanghaiTime(2024, 9, 19, 10, 0);
        var application = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode), "重庆南川示例科技有限公司", ["申请书"], null, true),
            TestActors.WindowClerk);
        var url = $"/api/licensing/applications/{application.Id}";

        foreach (var reader in new[] { TestActors.Enterprise, TestActors.MarketRegulator, TestActors.WindowClerk, TestActors.BusinessOffice, TestActors.Supervisor, TestActors.Admin })
            (await platform.Get(reader, url).Read<ServiceApplication>()).Id.ShouldBe(application.Id);

        (await (await platform.Get(OtherEnterprise, url, 403)).ReadAsTextAsync()).ShouldContain("本企业");
        (await (await platform.Get(Justice, url, 403)).ReadAsTextAsync()).ShouldContain("本部门");
        await platform.Get(TestActors.ClerkAt("东城"), url, 403);
        await platform.Get(TestActors.Citizen, url, 403);
    }

    [Fact]
    public async Task A_registration_and_its_spot_check_are_read_by_the_points_clerks_and_the_registration_authority_only()
    {
        platform.SetShanghaiTime(2031, 3, 6, 9, 0);
        var id = await platform.FileAsync("水江", "重庆南川读取权限测试有限公司");
        await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", clerk: platform.ClerkOf(id)));
        await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/licence", clerk: platform.ClerkOf(id)));
        var check = await platform.PostAsync<SpotCheck>("/api/licensing/spot-checks", new DrawSpotCheck("水江", 1, 7), TestActors.MarketRegulator);

        foreach (var url in new[] { $"/api/licensing/registrations/{id}", $"/api/licensing/spot-checks/{check.Id}" })
        {
            await platform.Get(platform.ClerkOf(id), url);
            await platform.Get(TestActors.MarketRegulator, url);
            await platform.Get(TestActors.Supervisor, url);
            (await (await platform.Get(TestActors.ClerkAt("南平"), url, 403)).ReadAsTextAsync()).ShouldContain("不能办理水江服务点的业务");
            (await (await platform.Get(Justice, url, 403)).ReadAsTextAsync()).ShouldContain("区市场监管局");
            await platform.Get(TestActors.Enterprise, url, 403);
            await platform.Get(TestActors.Citizen, url, 403);
        }
    }
}
