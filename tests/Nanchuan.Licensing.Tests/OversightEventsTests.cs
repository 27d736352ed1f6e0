using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.EnterpriseHome;
using Nanchuan.Licensing.Registration;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Licensing.Tests;

/// <summary>Applications, registrations and desk requests opened and closed on the oversight contract, with the module's own steps.</summary>
[Collection(LicensingCollection.Name)]
public sealed class OversightEventsTests(LicensingHost platform)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode);

    [Fact]
    public async Task An_application_opens_on_receipt_and_closes_on_its_result_within_the_promise()
    {
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("XK-OVS-APP", "食品经营许可", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书", "营业执照"]), TestActors.Admin);
        platform.SetShanghaiTime(2024, 9, 13, 10, 0);
        var (application, receiving) = await platform.PostTrackedAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", ["申请书"], null, true), TestActors.WindowClerk);
        var @case = new OversightCase("Licensing", ApplicationDeadlines.Type, application.Id, Enterprise.Value, "区市场监管局");
        receiving.MessagesPublished<CaseOpened>().ShouldHaveSingleItem()
            .ShouldBe(new CaseOpened(@case, "食品经营许可：重庆南川示例科技有限公司", new DateTimeOffset(2024, 9, 13, 10, 0, 0, Shanghai),
                EnterpriseName: "重庆南川示例科技有限公司"));

        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/materials", new SupplementMaterials(["营业执照"], false), TestActors.WindowClerk);
        platform.SetShanghaiTime(2024, 9, 18, 9, 0);
        var (_, deciding) = await platform.PostTrackedAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/decision",
            new DecideApplication(true, "材料齐全符合条件", null), TestActors.MarketRegulator);
        deciding.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<CaseClosed>().ShouldBeEmpty();
        var (_, issuing) = await platform.PostTrackedAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/result",
            new IssueApplicationResult("JY15001190099999", false), TestActors.WindowClerk);
        // One trip: the in-person submission (the supplement came online), as 最多跑一次 counts it (ADR 0138).
        issuing.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().ShouldBe(new CaseClosed(@case, "已出件", true, new DateTimeOffset(2024, 9, 18, 9, 0, 0, Shanghai), Trips: 1));
    }

    [Fact]
    public async Task A_complete_application_opens_carrying_its_promised_limit_and_oversight_files_both_in_one_transaction_as_the_two_messages_were()
    {
        // ADR 0204: received complete Wed 2024-10-09 10:00, accepted at once; its promise of 2 working days starts with the opening.
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("XK-OVS-OPN", "食品经营许可", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书"]), TestActors.Admin);
        platform.SetShanghaiTime(2024, 10, 9, 10, 0);
        var (application, receiving) = await platform.PostTrackedAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", ["申请书"], null, true), TestActors.WindowClerk);

        receiving.MessagesPublished<DeadlineSet>().ShouldBeEmpty();
        var opened = receiving.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        var set = opened.Deadline.ShouldNotBeNull();
        (set.Case, set.Deadline, set.StartedAt, set.DueAt).ShouldBe(
            (opened.Case, ApplicationDeadlines.Promised, new DateTimeOffset(2024, 10, 9, 10, 0, 0, Shanghai), application.DueAt.ShouldNotBeNull()));
        opened.MoreDeadlines.ShouldBeNull();
        var filed = await platform.FilingsAsync(application.Id);
        filed.Select(f => f.Type).ShouldBe(["oversight_case_opened", "oversight_deadline_set"]);
        filed.Select(f => f.Transaction).Distinct().ShouldHaveSingleItem();
        (await platform.OversightRowsAsync(application.Id)).ShouldBe(await platform.RowsFiledApartAsync(opened, set));
    }

    [Fact]
    public async Task An_immediate_item_opens_and_closes_in_one_step_without_a_limit()
    {
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("JB-OVS-001", "个体工商户名称变更", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 5, 0, true, true, true, ["变更申请书"]), TestActors.Admin);
        platform.SetShanghaiTime(2030, 3, 7, 10, 0);
        var (done, tracked) = await platform.PostTrackedAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", ["变更申请书"], null, true), TestActors.WindowClerk);
        var @case = new OversightCase("Licensing", ApplicationDeadlines.Type, done.Id, Enterprise.Value, "区市场监管局");
        var at = new DateTimeOffset(2030, 3, 7, 10, 0, 0, Shanghai);
        tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem().ShouldBe(
            new CaseOpened(@case, "个体工商户名称变更：重庆南川示例科技有限公司", at, EnterpriseName: "重庆南川示例科技有限公司"));
        tracked.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().ShouldBe(new CaseClosed(@case, "已出件", null, at, Trips: 1));
    }

    [Fact]
    public async Task A_registration_opens_without_a_credit_code_and_closes_under_the_one_it_issued()
    {
        platform.SetShanghaiTime(2024, 10, 14, 9, 0);
        var (created, filing) = await platform.PostTrackedAsync<CaseCreated>("/api/licensing/registrations",
            new FileRegistration("东城", "重庆南川监督示例有限公司", "李明", "重庆市南川区东城街道金佛大道1号", "茶叶种植与加工", null), TestActors.ClerkAt("东城"));
        var @case = new OversightCase("Licensing", RegistrationDeadlines.Type, created.Id, null, "区市场监管局");
        filing.MessagesPublished<CaseOpened>().ShouldHaveSingleItem()
            .ShouldBe(new CaseOpened(@case, "设立登记：重庆南川监督示例有限公司", new DateTimeOffset(2024, 10, 14, 9, 0, 0, Shanghai),
                EnterpriseName: "重庆南川监督示例有限公司"));

        await platform.PostAsync($"/api/licensing/registrations/{created.Id}/acceptance", clerk: TestActors.ClerkAt("东城"));
        platform.SetShanghaiTime(2024, 10, 14, 11, 0);
        var issuing = await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{created.Id}/licence", clerk: TestActors.ClerkAt("东城")));
        var closed = issuing.MessagesPublished<CaseClosed>().ShouldHaveSingleItem();
        var code = issuing.FindSingleTrackedMessageOfType<Contracts.CompanyRegistered>().CreditCode.Value;
        closed.ShouldBe(new CaseClosed(@case with { CreditCode = code }, "已发照", true, new DateTimeOffset(2024, 10, 14, 11, 0, 0, Shanghai)));
    }

    [Fact]
    public async Task A_desk_request_opens_and_ends_by_its_forwarding_and_the_grievance_it_became_opens()
    {
        platform.SetShanghaiTime(2024, 10, 15, 9, 30);
        var (forwarded, tracked) = await platform.PostTrackedAsync<DeskRequestForwarded>("/api/licensing/enterprise-home/requests",
            new LodgeDeskRequest("重庆南川示例科技有限公司", Enterprise, "王经理", "13800000000", "厂区道路照明不足"), TestActors.WindowClerk);
        var @case = new OversightCase("Licensing", "desk-request", forwarded.DeskRequestId, Enterprise.Value, "企业之家");
        var at = new DateTimeOffset(2024, 10, 15, 9, 30, 0, Shanghai);
        var opened = tracked.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<CaseOpened>().Distinct().ToList();
        opened.Select(o => o.Case.Module).ShouldBe(["Licensing", "Grievances"], ignoreOrder: true);
        opened.Single(o => o.Case.Module == "Licensing").ShouldBe(
            new CaseOpened(@case, "企业之家诉求：重庆南川示例科技有限公司", at, EnterpriseName: "重庆南川示例科技有限公司"));
        tracked.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().ShouldBe(new CaseClosed(@case, "已转企呼我为闭环办理", null, at));
    }
}
