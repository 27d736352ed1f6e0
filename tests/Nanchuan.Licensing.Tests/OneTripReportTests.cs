using Marten;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>
/// 最多跑一次 read from the SQL table <c>licensing.application_rows</c> (ADR 0182): the figures of the earlier calculation over every
/// application document, and the hand-counted change for four applications of Monday 2025-09-29 (a working day before the National Day holiday).
/// </summary>
[Collection(LicensingCollection.Name)]
public sealed class OneTripReportTests(LicensingHost platform)
{
    private static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!);
    private const string Applications = "/api/licensing/applications";

    [Fact]
    public async Task The_report_from_the_sql_table_gives_the_figures_of_the_application_documents()
    {
        var before = await platform.GetAsync<OneTripReport>($"{Applications}/report", TestActors.Supervisor);
        var immediate = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("TRIP-JB-01", "个体工商户名称变更", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 5, 0, true, true, true, ["变更申请书"]), TestActors.Admin);
        var planning = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("TRIP-XK-02", "临时建设工程规划许可", ServiceItemKind.AdministrativeLicence, "区规划自然资源局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书", "平面图"]), TestActors.Admin);

        platform.SetShanghaiTime(2025, 9, 29, 9, 0);
        await Submit(immediate, ["变更申请书"], inPerson: true); // finished at the window: 1 trip
        var twice = await Submit(immediate, ["变更申请书"], inPerson: true);
        await platform.PostAsync<ServiceApplication>($"{Applications}/{twice.Id}/visits", new RecordVisit("领取证照"), TestActors.WindowClerk); // 2 trips
        var rejected = await Submit(planning, ["申请书", "平面图"], inPerson: true);
        await Submit(planning, ["申请书", "平面图"], inPerson: false); // accepted, not finished
        platform.SetShanghaiTime(2025, 9, 30, 10, 0);
        await platform.PostAsync<ServiceApplication>($"{Applications}/{rejected.Id}/decision", new DecideApplication(false, "用地性质不符", "《城乡规划法》第四十四条"), TestActors.Planner);

        var after = await platform.GetAsync<OneTripReport>($"{Applications}/report", TestActors.Supervisor);
        (after.Finished - before.Finished, after.WithinOneTrip - before.WithinOneTrip).ShouldBe((3, 2));
        await using var session = platform.Store().QuerySession();
        var visits = await session.Query<ServiceApplication>()
            .Where(a => a.Status == ApplicationStatus.ResultIssued || a.Status == ApplicationStatus.Rejected).Select(a => a.Visits).ToListAsync();
        var withinOne = visits.Count(v => v <= 1);
        after.ShouldBe(new OneTripReport(visits.Count, withinOne, Math.Round((decimal)withinOne / visits.Count, 4, MidpointRounding.AwayFromZero)));
    }

    private Task<ServiceApplication> Submit(ServiceItem item, IReadOnlyList<string> materials, bool inPerson) =>
        platform.PostAsync<ServiceApplication>(Applications, new SubmitApplication(item.Id, Enterprise, "重庆南川示例科技有限公司", materials, null, inPerson), TestActors.WindowClerk);
}
