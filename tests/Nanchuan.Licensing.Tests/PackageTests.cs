using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Licensing.Reports;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.Packages;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

public sealed class PackageDecisionTests
{
    private static ServiceItem Item(string code, string department, decimal promised, params string[] checklist)
    {
        var item = new ServiceItem();
        item.Apply(CatalogueDecisions.Catalogue(new CatalogueServiceItem(code, $"事项{code}", ServiceItemKind.AdministrativeLicence, department, ServiceItemOwnerLevel.DistrictDepartment, 20, promised, promised == 0, true, true, checklist)));
        return item;
    }

    private static readonly ServiceItem Food = Item("PK-A", "区市场监管局", 2, "申请书", "营业执照", "平面图");
    private static readonly ServiceItem Sign = Item("PK-B", "区城市管理局", 3, "申请书", "营业执照", "设计图");
    private static readonly ServiceItem Fire = Item("PK-C", "区消防救援支队", 1.5m, "申请书", "消防设计文件");

    [Fact]
    public void The_merged_set_is_the_union_without_repeats_and_the_limit_defaults_to_the_longest()
    {
        var package = Package(new CataloguePackage("yjs-1", "我要开餐馆", [Food.Id, Sign.Id, Fire.Id], null), PromisedLimitBasis.LongestItem);
        package.MergedChecklist.ShouldBe(["申请书", "营业执照", "平面图", "设计图", "消防设计文件"]);
        package.PromisedWorkingDays.ShouldBe(3m);
        package.PromisedLimitBasis.ShouldBe(PromisedLimitBasis.LongestItem);
        package.Code.ShouldBe("YJS-1");
        package.Departments.ShouldBe("区市场监管局、区城市管理局、区消防救援支队");

        // 3 items: separate 3 × 3 steps against 1 + 3 + 1; 2 + 3 + 1.5 days against 3; 3 + 3 + 2 materials against 5; 3 trips.
        var savings = PackageDecisions.Savings(package, 1);
        savings.ShouldBe(new OneGoSavings(3, 9, 5, 6.5m, 3m, 8, 5, 3));
        (savings.StepsSaved, savings.WorkingDaysSaved, savings.MaterialsSaved).ShouldBe((4, 3.5m, 3));
    }

    [Fact]
    public void The_default_can_be_the_sum_and_a_package_may_give_its_own_limit()
    {
        Package(new CataloguePackage("YJS-2", "我要开餐馆", [Food.Id, Sign.Id], null), PromisedLimitBasis.SumOfItems).PromisedWorkingDays.ShouldBe(5m);
        var own = Package(new CataloguePackage("YJS-3", "我要开餐馆", [Food.Id, Sign.Id], 1.5m), PromisedLimitBasis.LongestItem);
        (own.PromisedWorkingDays, own.PromisedLimitBasis).ShouldBe((1.5m, PromisedLimitBasis.Package));
    }

    [Fact]
    public void Invalid_packages_are_refused_field_by_field()
    {
        Errors(new CataloguePackage(" ", "", [Food.Id], null)).Keys.ShouldBe(["code", "name", "itemIds"], ignoreOrder: true);
        Errors(new CataloguePackage("X", "套餐", [Food.Id, Food.Id], null)).Keys.ShouldBe(["itemIds"]);
        Errors(new CataloguePackage("X", "套餐", [Food.Id, Guid.NewGuid()], null))["itemIds"][0].ShouldStartWith("事项清单中无此事项");
        Errors(new CataloguePackage("X", "套餐", [Food.Id, Sign.Id], 5.5m)).Keys.ShouldBe(["promisedWorkingDays"]); // more than 2 + 3
        Errors(new CataloguePackage("X", "套餐", [Food.Id, Sign.Id], 1.2m)).Keys.ShouldBe(["promisedWorkingDays"]);
        Errors(new CataloguePackage("X", "套餐", [Food.Id, Sign.Id], 0)).Keys.ShouldBe(["promisedWorkingDays"]); // 0 only for immediate items
    }

    [Fact]
    public void A_department_decides_only_its_item_once_and_the_last_approval_approves_the_application()
    {
        var package = Package(new CataloguePackage("YJS-4", "我要开餐馆", [Food.Id, Sign.Id], null), PromisedLimitBasis.LongestItem);
        var state = new ServiceApplication();
        var at = new DateTimeOffset(2024, 9, 13, 10, 0, 0, TimeSpan.FromHours(8));
        var events = ApplicationDecisions.Receive(Guid.NewGuid(), package.Terms(), UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!), "示例餐饮",
            package.MergedChecklist, null, true, at, BuildingBlocks.Calendar.WorkingDayCalendar.WithShippedSchedules());
        foreach (var e in events) Apply(state, e);
        state.Status.ShouldBe(ApplicationStatus.Accepted);
        state.DueAt.ShouldBe(new DateTimeOffset(2024, 9, 19, 18, 0, 0, TimeSpan.FromHours(8))); // Sat 14 (make-up), Wed 18, Thu 19

        Should.Throw<AccessDeniedException>(() => ApplicationDecisions.DecidePart(state, Food.Id, "区城市管理局", true, "符合", null, at));
        Should.Throw<InvalidStateTransitionException>(() => ApplicationDecisions.Decide(state, true, "符合", null, at));
        var first = ApplicationDecisions.DecidePart(state, Food.Id, "区市场监管局", true, "符合", null, at);
        first.Single().ShouldBeOfType<ApplicationPartDecided>();
        Apply(state, first[0]);
        Should.Throw<InvalidStateTransitionException>(() => ApplicationDecisions.DecidePart(state, Food.Id, "区市场监管局", true, "符合", null, at));
        var last = ApplicationDecisions.DecidePart(state, Sign.Id, "区城市管理局", true, "符合", null, at);
        last.OfType<ApplicationDecided>().Single().Approved.ShouldBeTrue();
    }

    private static void Apply(ServiceApplication state, object e)
    {
        switch (e)
        {
            case ApplicationReceived r: state.Apply(r); break;
            case ApplicationAccepted a: state.Apply(a); break;
            case VisitRecorded v: state.Apply(v); break;
            case ApplicationPartDecided p: state.Apply(p); break;
        }
    }

    private static ServicePackage Package(CataloguePackage command, PromisedLimitBasis basis)
    {
        var package = new ServicePackage();
        package.Apply(PackageDecisions.Catalogue(command, [Food, Sign, Fire], basis));
        return package;
    }

    private static IReadOnlyDictionary<string, string[]> Errors(CataloguePackage command) =>
        Should.Throw<DomainValidationException>(() => PackageDecisions.Catalogue(command, [Food, Sign, Fire], PromisedLimitBasis.LongestItem)).Errors;
}

[Collection(LicensingCollection.Name)]
public sealed class PackageApiTests(LicensingHost platform)
{
    private static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!);

    [Fact]
    public async Task One_application_for_two_items_one_notice_parallel_decisions_one_result_and_what_it_saved()
    {
        var (package, food, plan) = await PackageAsync("YJS-API-1");
        package.MergedChecklist.ShouldBe(["申请书", "营业执照", "平面图", "规划图"]);
        package.PromisedWorkingDays.ShouldBe(3m);

        platform.SetShanghaiTime(2024, 9, 13, 10, 0); // Friday; Sat 14 is a make-up workday, 15–17 the Mid-Autumn holiday
        var application = await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(Enterprise, "重庆南川示例餐饮有限公司", ["申请书"], true, true), TestActors.WindowClerk);
        application.Status.ShouldBe(ApplicationStatus.AwaitingMaterials);
        application.FirstNotice.ShouldBe(["营业执照", "平面图", "规划图"]);
        application.Parts.Select(p => p.ItemId).ShouldBe([food.Id, plan.Id]);
        application.Savings.ShouldBe(new OneGoSavings(2, 6, 4, 5m, 3m, 6, 4, 2));

        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/notices", new IssueNotice(["规划图"]), TestActors.WindowClerk);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/notices", new IssueNotice(["申请书"]), TestActors.WindowClerk, 409);
        var (accepted, tracked) = await platform.PostTrackedAsync<ServiceApplication>(
            $"/api/licensing/applications/{application.Id}/materials", new SupplementMaterials(["营业执照", "平面图", "规划图"], false), TestActors.WindowClerk);
        accepted.Status.ShouldBe(ApplicationStatus.Accepted);
        accepted.DueAt.ShouldBe(new DateTimeOffset(2024, 9, 19, 18, 0, 0, TimeSpan.FromHours(8)));
        // The package's limit is watched like any application's.
        var events = await platform.FireScheduledTimersAsync(tracked, application.Id);
        events.OfType<ApplicationOverdue>().Single().DueAt.ShouldBe(accepted.DueAt!.Value);
        events.OfType<ApplicationDeadlineWarned>().ShouldHaveSingleItem();
        platform.SetShanghaiTime(2024, 9, 13, 10, 0);

        var decision = $"/api/licensing/applications/{application.Id}/items";
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/decision", new DecideApplication(true, "符合", null), TestActors.MarketRegulator, 409);
        await platform.PostAsync<ServiceApplication>($"{decision}/{food.Id}/decision", new DecideApplication(true, "符合", null), TestActors.Planner, 403);
        await platform.PostAsync<ServiceApplication>($"{decision}/{Guid.NewGuid()}/decision", new DecideApplication(true, "符合", null), TestActors.Planner, 404);
        await platform.PostAsync<ServiceApplication>($"{decision}/{plan.Id}/decision", new DecideApplication(false, "不符合规划", null), TestActors.Planner, 400);
        (await platform.GetAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}", TestActors.Planner)).Parts.ShouldAllBe(p => p.Approved == null);

        var half = await platform.PostAsync<ServiceApplication>($"{decision}/{food.Id}/decision", new DecideApplication(true, "符合食品经营条件", null), TestActors.MarketRegulator);
        half.Status.ShouldBe(ApplicationStatus.Accepted);
        await platform.PostAsync<ServiceApplication>($"{decision}/{food.Id}/decision", new DecideApplication(true, "符合", null), TestActors.MarketRegulator, 409);
        var approved = await platform.PostAsync<ServiceApplication>($"{decision}/{plan.Id}/decision", new DecideApplication(true, "符合规划条件", null), TestActors.Planner);
        approved.Status.ShouldBe(ApplicationStatus.Approved);
        var done = await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/result",
            new IssueApplicationResult("YJS-2024-0001", true), TestActors.WindowClerk);
        done.Status.ShouldBe(ApplicationStatus.ResultIssued);
        done.Visits.ShouldBe(1);

        // Saved: 6 − 4 steps, 5 − 3 working days, 6 − 4 materials, 2 separate trips − 1 visit.
        (await platform.GetAsync<List<PackageFigures>>("/api/licensing/packages/report", TestActors.Supervisor)).Single(f => f.PackageCode == "YJS-API-1")
            .ShouldBe(new PackageFigures("YJS-API-1", "我要开餐馆", 1, 1, 2, 2m, 2, 1, 1));
        var csv = await (await platform.GetRawAsync("/api/licensing/packages/report?format=csv", TestActors.BusinessOffice)).ReadAsTextAsync();
        csv.ShouldContain("YJS-API-1,我要开餐馆,1,1,2,2,2,1,1");
        (await platform.GetRawAsync("/api/licensing/packages/report?format=xlsx", TestActors.Admin)).Context.Response.ContentType
            .ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await platform.GetRawAsync("/api/licensing/packages/report?format=pdf", TestActors.Admin, 400);
        await platform.GetRawAsync("/api/licensing/packages/report", TestActors.Enterprise, 403);

        (await platform.SqlRowsAsync($"select concat_ws('|', items, separate_steps, package_steps, separate_working_days, package_working_days, separate_materials, package_materials, separate_trips, visits, approved, finished_at is not null) from licensing.package_application_rows where application_id = '{application.Id}'"))
            .ShouldBe(["2|6|4|5.0|3.0|6|4|2|1|t|t"]);
    }

    [Fact]
    public async Task The_first_rejection_rejects_the_package_application_and_the_other_item_can_no_longer_be_decided()
    {
        var (package, food, plan) = await PackageAsync("YJS-API-2");
        platform.SetShanghaiTime(2031, 6, 3, 9, 0);
        // Online the enterprise acts for itself: it has no 帮办代办 helper (issue 14 point 13).
        (await platform.RejectedAsync($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(Enterprise, "重庆南川示例科技有限公司", package.MergedChecklist, true, false), TestActors.Enterprise, 400)).ShouldContain("assisted");
        var application = await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(Enterprise, "重庆南川示例科技有限公司", package.MergedChecklist, null, false), TestActors.Enterprise);
        application.Status.ShouldBe(ApplicationStatus.Accepted);
        var rejected = await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/items/{plan.Id}/decision",
            new DecideApplication(false, "用地性质不符", "《城乡规划法》第四十条"), TestActors.Planner);
        rejected.Status.ShouldBe(ApplicationStatus.Rejected);
        rejected.Reasons.ShouldBe("规划许可：用地性质不符");
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/items/{food.Id}/decision",
            new DecideApplication(true, "符合", null), TestActors.MarketRegulator, 409);

        await platform.GetRawAsync($"/api/licensing/applications/{application.Id}", TestActors.Planner); // a department of one of its items reads it
        await platform.GetRawAsync($"/api/licensing/applications/{application.Id}", TestActors.Enterprise with { CreditCode = "914403001922038216" }, 403);
    }

    [Fact]
    public async Task Online_and_window_applications_are_accepted_alike_and_record_their_channel()
    {
        // Issue 14, point 15 (无差别受理): an enterprise applies online for a package only; a single item is lodged at the window.
        var (package, food, _) = await PackageAsync("YJS-API-CH");
        platform.SetShanghaiTime(2031, 6, 4, 9, 0);
        (await platform.PostRawAsync("/api/licensing/applications",
            new SubmitApplication(food.Id, Enterprise, "重庆南川示例科技有限公司", ["申请书"], null, false), TestActors.Enterprise)).Context.Response.StatusCode.ShouldBe(403);

        var online = await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(Enterprise, "重庆南川示例科技有限公司", package.MergedChecklist, null, false), TestActors.Enterprise);
        var atWindow = await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(Enterprise, "重庆南川示例科技有限公司", package.MergedChecklist, null, true), TestActors.WindowClerk);
        online.Status.ShouldBe(ApplicationStatus.Accepted);
        atWindow.Status.ShouldBe(ApplicationStatus.Accepted);
        atWindow.DueAt.ShouldBe(online.DueAt);

        async Task<string?> ChannelOf(Guid id) =>
            (await platform.GetAsync<BuildingBlocks.Platform.Audit.StreamHistory>($"/api/audit/streams/{id}", TestActors.Supervisor)).Events[0].Actor.Channel;
        (await ChannelOf(online.Id)).ShouldBe("web");
        (await ChannelOf(atWindow.Id)).ShouldBe("window");
    }

    [Fact]
    public async Task Invalid_packages_and_applications_write_nothing()
    {
        var (package, food, _) = await PackageAsync("YJS-API-3");
        var bad = await platform.PostRawAsync("/api/licensing/catalogue/packages", new CataloguePackage("YJS-API-BAD", "单事项", [food.Id], null), TestActors.Admin);
        bad.Context.Response.StatusCode.ShouldBe(400);
        (await bad.ReadAsTextAsync()).ShouldContain("itemIds");
        await platform.GetRawAsync($"/api/licensing/catalogue/packages/{PackageDecisions.PackageIdFor("YJS-API-BAD")}", TestActors.Admin, 404);
        await platform.PostAsync<ServicePackage>("/api/licensing/catalogue/packages", new CataloguePackage("YJS-API-3", "重复", [food.Id, food.Id], null), TestActors.Admin, 400);
        await platform.PostAsync<ServicePackage>("/api/licensing/catalogue/packages", new CataloguePackage("YJS-API-4", "套餐", [food.Id, package.Items[1].ItemId], null), TestActors.WindowClerk, 403);

        var before = await platform.SqlRowsAsync("select count(*) from licensing.package_application_rows");
        await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(Enterprise, " ", ["申请书"], null, true), TestActors.WindowClerk, 400);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(Enterprise, "示例", ["申请书"], null, true), TestActors.Enterprise, 400); // online is not a visit
        await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(UnifiedSocialCreditCode.Parse("914403001922038216"), "别家", ["申请书"], null, false), TestActors.Enterprise, 403);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{Guid.NewGuid()}/applications",
            new SubmitPackageApplication(Enterprise, "示例", ["申请书"], null, false), TestActors.WindowClerk, 404);
        (await platform.SqlRowsAsync("select count(*) from licensing.package_application_rows")).ShouldBe(before);
    }

    [Fact]
    public async Task Rebuilding_the_package_table_from_the_events_gives_the_live_rows()
    {
        var (package, food, plan) = await PackageAsync("YJS-API-5");
        platform.SetShanghaiTime(2031, 6, 4, 9, 0);
        var application = await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(Enterprise, "重庆南川示例科技有限公司", package.MergedChecklist, null, true), TestActors.WindowClerk);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/visits", new RecordVisit("咨询进度"), TestActors.WindowClerk);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/items/{food.Id}/decision", new DecideApplication(true, "符合", null), TestActors.MarketRegulator);
        await platform.PostAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/items/{plan.Id}/decision", new DecideApplication(true, "符合", null), TestActors.Planner);

        const string rows = "select concat_ws('|', application_id, package_code, items, separate_steps, package_steps, separate_working_days, package_working_days, separate_materials, " +
                            "package_materials, separate_trips, visits, received_at, accepted_at, approved, finished_at) from licensing.package_application_rows order by application_id";
        var live = await platform.SqlRowsAsync(rows);
        live.ShouldContain(r => r.StartsWith($"{application.Id}|YJS-API-5|2|6|4|5.0|3.0|6|4|2|2|"));
        await platform.ShouldRebuildToTheLiveRowsAsync<PackageApplicationTable>(LicensingTables.PackageApplicationRows);
    }

    /// <summary>A 食品经营许可 item (区市场监管局, promised 2) and a 规划许可 item (区规划自然资源局, promised 3) bundled under <paramref name="code"/>.</summary>
    private async Task<(ServicePackage Package, ServiceItem Food, ServiceItem Plan)> PackageAsync(string code)
    {
        var food = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem($"{code}-FOOD", "食品经营许可", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书", "营业执照", "平面图"]), TestActors.Admin);
        var plan = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem($"{code}-PLAN", "规划许可", ServiceItemKind.AdministrativeLicence, "区规划自然资源局", ServiceItemOwnerLevel.DistrictDepartment, 20, 3, false, true, true, ["申请书", "营业执照", "规划图"]), TestActors.Admin);
        var package = await platform.PostAsync<ServicePackage>("/api/licensing/catalogue/packages",
            new CataloguePackage(code, "我要开餐馆", [food.Id, plan.Id], null), TestActors.Admin);
        return (package, food, plan);
    }
}
