using System.Text.Json;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>
/// The write pipeline's answer is the case as stored after the write (ADR 0027): folded from the new events by Marten's
/// own aggregator, never by changing the fetched aggregate — which Marten's inline snapshot updates at commit, so a
/// changed instance counted a visit twice — and at the version it is stored with, the read's ETag (ADR 0119).
/// </summary>
[Collection(LicensingCollection.Name)]
public sealed class AnswerEqualsStoredTests(LicensingHost platform)
{
    [Fact]
    public async Task Each_answer_of_an_application_equals_what_a_later_read_finds()
    {
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("XK-TEST-ANS", "建筑垃圾处置核准", ServiceItemKind.AdministrativeLicence, "区城市管理局", ServiceItemOwnerLevel.DistrictDepartment, 20, 3, false, true, true, ["申请书", "运输合同"]), TestActors.Admin);
        item.ShouldBeEquivalentTo(await platform.GetAsync<ServiceItem>($"/api/licensing/catalogue/items/{item.Id}", TestActors.Admin));
        platform.SetShanghaiTime(2025, 9, 30, 10, 0);

        var received = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode), "重庆南川示例科技有限公司", ["申请书"], null, true),
            TestActors.WindowClerk);
        await ShouldBeStored(received);

        var url = $"/api/licensing/applications/{received.Id}";
        var tag = await platform.CurrentTagAsync(TestActors.BusinessOffice, url);
        tag.ShouldBe($"\"{received.Version}\"");
        await platform.ReadAsync(TestActors.BusinessOffice, url, tag, 304);

        var visited = await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{received.Id}/visits", new RecordVisit("咨询补正要求"), TestActors.WindowClerk);
        visited.Visits.ShouldBe(received.Visits + 1);
        visited.Version.ShouldBe(received.Version + 1);
        await ShouldBeStored(visited);
        (await platform.ChangedSinceAsync(TestActors.BusinessOffice, url, tag)).ShouldBe($"\"{visited.Version}\"");

        var accepted = await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{received.Id}/materials",
            new SupplementMaterials(["运输合同"], true), TestActors.WindowClerk);
        accepted.Status.ShouldBe(ApplicationStatus.Accepted);
        accepted.Visits.ShouldBe(visited.Visits + 1);
        // Accepted on 2025-09-30 10:00: three working days skip the National Day holiday (Oct 1–8) and end Oct 11 (a make-up Saturday), 18:00.
        accepted.DueAt.ShouldBe(new DateTimeOffset(2025, 10, 11, 18, 0, 0, TimeSpan.FromHours(8)));
        await ShouldBeStored(accepted);
    }

    private async Task ShouldBeStored(ServiceApplication answered)
    {
        var stored = await platform.GetAsync<ServiceApplication>($"/api/licensing/applications/{answered.Id}", TestActors.BusinessOffice);
        JsonSerializer.Serialize(answered).ShouldBe(JsonSerializer.Serialize(stored));
    }
}
