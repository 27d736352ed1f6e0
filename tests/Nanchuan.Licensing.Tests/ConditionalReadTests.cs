using Alba;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>Conditional reads of an application and of a company registration (ADR 0119): 304 while unchanged, the case again after a write.</summary>
[Collection(LicensingCollection.Name)]
public sealed class ConditionalReadTests(LicensingHost platform)
{
    [Fact]
    public async Task An_application_is_a_304_while_unchanged_and_sent_again_under_the_write_s_tag_after_a_notice()
    {
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("XK-TEST-ETAG", "食品经营许可", "区市场监管局", 20, 2, false, true, true, ["申请书", "营业执照", "平面图"]), TestActors.Admin);
        platform.SetShanghaiTime(2025, 2, 18, 10, 0);
        var application = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode), "重庆南川示例科技有限公司", ["申请书"], true, true), TestActors.WindowClerk);
        var url = $"/api/licensing/applications/{application.Id}";
        var before = await platform.CurrentTagAsync(TestActors.BusinessOffice, url);
        before.ShouldBe($"\"{application.Version}\"");

        var notice = await platform.Post(TestActors.WindowClerk, $"{url}/notices", new IssueNotice(["平面图"]));

        (await platform.ChangedSinceAsync(TestActors.BusinessOffice, url, before)).ShouldBe(ConditionalReads.ETagOf(notice));
    }

    [Fact]
    public async Task A_registration_is_a_304_while_unchanged_and_sent_again_after_its_acceptance()
    {
        platform.SetShanghaiTime(2025, 2, 19, 9, 0);
        var id = await platform.FileAsync("东城", "重庆南川标签示例有限公司");
        var url = $"/api/licensing/registrations/{id}";
        var before = await platform.CurrentTagAsync(TestActors.BusinessOffice, url);

        platform.SetShanghaiTime(2025, 2, 19, 9, 30);
        var accepted = await platform.PostAsync($"{url}/acceptance", clerk: platform.ClerkOf(id));

        (await platform.ChangedSinceAsync(TestActors.BusinessOffice, url, before)).ShouldBe(ConditionalReads.ETagOf(accepted));
        ConditionalReads.ETagOf(accepted).ShouldBe($"\"{(await accepted.ReadAsJsonAsync<Registration.CompanyRegistration>()).Version}\"");
    }
}
