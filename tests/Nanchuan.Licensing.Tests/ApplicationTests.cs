using Alba;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

public sealed class PromisedLimitTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WithShippedSchedules();
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public void Promised_2_days_from_Friday_2024_09_13_ends_Wednesday_18_00()
    {
        var accepted = new DateTimeOffset(2024, 9, 13, 10, 0, 0, Shanghai);
        ApplicationDecisions.DueAt(accepted, 2, Calendar).ShouldBe(new DateTimeOffset(2024, 9, 18, 18, 0, 0, Shanghai));
        ApplicationDecisions.DueAt(accepted, 0.5m, Calendar).ShouldBe(new DateTimeOffset(2024, 9, 13, 14, 45, 0, Shanghai));
        ApplicationDecisions.DueAt(accepted, 0, Calendar).ShouldBe(accepted);
    }
}

[Collection(LicensingCollection.Name)]
public sealed class ApplicationApiTests(LicensingHost platform)
{
    private static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode);

    [Fact]
    public async Task One_time_notice_then_acceptance_on_the_promised_limit_decision_and_result()
    {
        var item = await CatalogueAsync(new CatalogueServiceItem("XK-TEST-APP", "食品经营许可", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书", "营业执照", "平面图"]));
        platform.SetShanghaiTime(2024, 9, 13, 10, 0);
        var application = await SendAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", ["申请书"], true, true));
        application.Status.ShouldBe(ApplicationStatus.AwaitingMaterials);
        application.FirstNotice.ShouldBe(["营业执照", "平面图"]);

        await SendAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/notices", new IssueNotice(["平面图"]));
        await SendAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/notices", new IssueNotice(["申请书"]), 409);
        await SendAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/notices", new IssueNotice(["法人章程"]), 400);

        var (accepted, tracked) = await platform.PostTrackedAsync<ServiceApplication>(
            $"/api/licensing/applications/{application.Id}/materials", new SupplementMaterials(["营业执照", "平面图"], true), TestActors.WindowClerk);
        accepted.Status.ShouldBe(ApplicationStatus.Accepted);
        accepted.DueAt.ShouldBe(new DateTimeOffset(2024, 9, 18, 18, 0, 0, TimeSpan.FromHours(8)));
        var events = await platform.FireScheduledTimersAsync(tracked, application.Id);
        events.OfType<ApplicationDeadlineWarned>().ShouldHaveSingleItem();
        events.OfType<ApplicationOverdue>().Single().DueAt.ShouldBe(accepted.DueAt!.Value);
        platform.SetShanghaiTime(2024, 9, 13, 10, 0);

        await SendAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/decision", new DecideApplication(true, "材料齐全符合条件", null), 403, TestActors.Planner);
        await SendAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/decision", new DecideApplication(false, "不符合条件", null), 400, TestActors.MarketRegulator);
        await SendAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/decision", new DecideApplication(true, "材料齐全符合条件", null), 200, TestActors.MarketRegulator);
        var done = await SendAsync<ServiceApplication>($"/api/licensing/applications/{application.Id}/result", new IssueApplicationResult("JY15001190012345", true));
        done.Status.ShouldBe(ApplicationStatus.ResultIssued);
        done.Visits.ShouldBe(2);
    }

    [Fact]
    public async Task An_immediate_item_is_done_in_one_step_with_one_trip()
    {
        var item = await CatalogueAsync(new CatalogueServiceItem("JB-TEST-001", "个体工商户名称变更", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 5, 0, true, true, true, ["变更申请书"]));
        platform.SetShanghaiTime(2030, 3, 7, 10, 0);
        var done = await SendAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", ["变更申请书"], null, true));
        done.Status.ShouldBe(ApplicationStatus.ResultIssued);
        done.ResultNumber.ShouldStartWith("JB-TEST-001-");
        var report = await (await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/licensing/applications/report");
            s.As(platform, TestActors.BusinessOffice);
        })).ReadAsJsonAsync<OneTripReport>();
        report.WithinOneTrip.ShouldBeGreaterThanOrEqualTo(1);

        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/licensing/applications/{done.Id}");
            s.As(platform, TestActors.Enterprise with { CreditCode = "914403001922038216" });
            s.StatusCodeShouldBe(403);
        });
    }

    [Fact]
    public async Task A_promised_limit_spanning_a_newly_declared_holiday_moves_with_its_reason()
    {
        var item = await CatalogueAsync(new CatalogueServiceItem("XK-TEST-HOL", "户外广告设置许可", ServiceItemKind.AdministrativeLicence, "区城市管理局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书"]));
        platform.SetShanghaiTime(2028, 1, 5, 10, 0); // Wednesday; 2028 has no schedule yet: due Friday Jan 7 18:00
        var accepted = await SendAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", ["申请书"], null, false));
        accepted.DueAt.ShouldBe(new DateTimeOffset(2028, 1, 7, 18, 0, 0, TimeSpan.FromHours(8)));

        await platform.Host.TrackAsync(() => platform.Host.Scenario(s =>
        {
            s.Put.Json(new BuildingBlocks.Platform.Calendar.LoadHolidaySchedule("国务院办公厅关于2028年部分节假日安排的通知（测试）",
                [new HolidayPeriod("测试假日", new DateOnly(2028, 1, 6), new DateOnly(2028, 1, 6))], [], 0)).ToUrl("/api/calendar/years/2028");
            s.As(platform, TestActors.Admin);
        }));

        var moved = (await platform.EventsAsync(accepted.Id)).OfType<ApplicationDeadlineRecomputed>().Single();
        moved.DueAt.ShouldBe(new DateTimeOffset(2028, 1, 10, 18, 0, 0, TimeSpan.FromHours(8)));
        moved.Reason.ShouldContain("2028年节假日安排载入");
    }

    private Task<ServiceItem> CatalogueAsync(CatalogueServiceItem item) => SendAsync<ServiceItem>("/api/licensing/catalogue/items", item, 200, TestActors.Admin);

    private Task<T> SendAsync<T>(string url, object body, int status = 200, BuildingBlocks.Actors.Actor? actor = null) =>
        platform.PostAsync<T>(url, body, actor ?? TestActors.WindowClerk, status);
}
