using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.Registration;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>
/// Issue 14, point 13: 帮办代办 — every event the helper performs carries the helper and the enterprise, and the helper is the
/// signed-in staff member, never text from the request.
/// </summary>
[Collection(LicensingCollection.Name)]
public sealed class AssistedFilingTests(LicensingHost platform)
{
    private static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode);
    private const string EnterpriseName = "重庆南川帮办示例有限公司";
    private static readonly BuildingBlocks.Actors.Actor OtherHallClerk =
        TestActors.WindowClerk with { Id = "clerk-2", Name = "综合窗口 陈帮办" };

    private async Task<ServiceItem> ItemAsync(string code) =>
        await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem(code, "户外广告设置许可", ServiceItemKind.AdministrativeLicence, "区城市管理局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书", "设置方案"]), TestActors.Admin);

    [Fact]
    public async Task Each_act_of_the_helper_names_the_signed_in_staff_member_and_the_enterprise()
    {
        var item = await ItemAsync("XK-TEST-HLP");
        platform.SetShanghaiTime(2024, 9, 13, 10, 0);
        var application = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Enterprise, EnterpriseName, ["申请书"], true, true), TestActors.WindowClerk);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/visits", new RecordVisit("咨询补正要求"), OtherHallClerk);
        var accepted = await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/materials",
            new SupplementMaterials(["设置方案"], true), OtherHallClerk);
        accepted.Status.ShouldBe(ApplicationStatus.Accepted);
        accepted.Helper.ShouldBe(TestActors.WindowClerk.Name);

        var events = await platform.EventsAsync(application.Id);
        var first = new Assistance(TestActors.WindowClerk.Id, TestActors.WindowClerk.Name, "区政务服务中心", EnterpriseName, Enterprise);
        var second = first with { HelperId = "clerk-2", HelperName = "综合窗口 陈帮办" };
        var received = events.OfType<ApplicationReceived>().Single();
        received.Assistance.ShouldBe(first);
        received.Helper.ShouldBeNull();
        events.OfType<VisitRecorded>().Select(v => v.Assistance).ShouldBe([first, second, second]);
        events.OfType<MaterialsSupplemented>().Single().Assistance.ShouldBe(second);
        received.Describe().ShouldBe($"{TestActors.WindowClerk.Name}代{EnterpriseName}申请“户外广告设置许可”");
    }

    [Fact]
    public async Task An_application_without_assistance_names_no_helper_and_a_helper_typed_by_the_client_is_refused()
    {
        var item = await ItemAsync("XK-TEST-HLP2");
        platform.SetShanghaiTime(2024, 9, 13, 10, 0);
        var application = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Enterprise, EnterpriseName, ["申请书"], null, true), TestActors.WindowClerk);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/materials", new SupplementMaterials(["设置方案"], true), TestActors.WindowClerk);

        var events = await platform.EventsAsync(application.Id);
        events.OfType<ApplicationReceived>().Single().Assistance.ShouldBeNull();
        events.OfType<MaterialsSupplemented>().Single().Assistance.ShouldBeNull();
        events.OfType<VisitRecorded>().ShouldAllBe(v => v.Assistance == null);

        var before = await platform.EventCountAsync<ApplicationReceived>();
        var refused = await platform.RejectedAsync("/api/licensing/applications", new
        {
            itemId = item.Id, creditCode = Enterprise.Value, enterpriseName = EnterpriseName, materials = new[] { "申请书" }, helper = "冒名帮办员", inPerson = true,
        }, TestActors.WindowClerk, 400);
        refused.ShouldContain("helper");
        (await platform.EventCountAsync<ApplicationReceived>()).ShouldBe(before);
    }

    [Fact]
    public async Task An_assisted_registration_names_the_clerk_of_the_point_and_the_company()
    {
        var clerk = TestActors.ClerkAt("东城");
        var created = await platform.PostAsync<CaseCreated>("/api/licensing/registrations",
            new FileRegistration("东城", "重庆南川帮办茶业有限公司", "李明", "重庆市南川区东城街道金佛大道1号", "茶叶种植与加工", true), clerk);

        var filed = (await platform.EventsAsync(created.Id)).OfType<RegistrationFiled>().Single();
        filed.Assistance.ShouldBe(new Assistance(clerk.Id, clerk.Name, "东城", "重庆南川帮办茶业有限公司", null));
        filed.Helper.ShouldBeNull();
        filed.Describe().ShouldBe($"东城服务点由{clerk.Name}帮办代办“重庆南川帮办茶业有限公司”设立登记申请");
    }
}
