using Nanchuan.Incentives.Payment;
using Nanchuan.Incentives.Performance;
using Nanchuan.Incentives.Reports;
using static Nanchuan.Incentives.Tests.Api.IncentivesApi;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>The report tables on a database of their own, so the figures are exactly this scenario's.</summary>
public sealed class ReportTests(IncentivesHost platform) : IClassFixture<IncentivesHost>
{
    private static readonly BuildingBlocks.Platform.Reports.ReportCatalog Catalog = new IncentivesModule().Reports;

    /// <summary>
    /// Two agreements signed 2025-03-10. The first: E1 fulfilled 2025-11-20 → G1 (3,000,000) due and paid 2,800,000 in full as decided;
    /// G2 (1,200,000, due at signing) overdue in May; E2 missed. The second: only its G2 due.
    /// </summary>
    private async Task Scenario()
    {
        var first = await platform.SignAsync("91500119MA5EF0A126", "NCGYY-2025-601");
        await platform.SignAsync("91500119MA5EF0A201", "NCGYY-2025-602");
        platform.SetTime(Time("2025-05-10 00:00").AddSeconds(1));
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue("investment-agreement", first, "Payment:G2", Time("2025-05-10 00:00")));
        platform.SetTime(Time("2025-10-10 00:00").AddSeconds(1));
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue("investment-agreement", first, "Milestone:E2", Time("2025-10-10 00:00")));
        platform.SetTime(Time("2025-11-20 10:00"));
        await platform.Post(ParkCommittee, $"{Route}/agreements/{first}/milestones/E1/fulfilment", new RecordFulfilmentBody(new DateOnly(2025, 11, 18), "专项审计报告"));
        await platform.Post(ParkCommittee, $"{Route}/agreements/{first}/incentives/G1/review", new ReviewIncentiveBody(["区经济信息委"], 2_800_000m, "部分投资不予认定"));
        await platform.Post(TestActors.BusinessOffice, $"{Route}/agreements/{first}/incentives/G1/decision", new DecideIncentiveBody(2_800_000m, "领导小组会议纪要"));
        await platform.Post(Finance, $"{Route}/agreements/{first}/incentives/G1/funds", new ScheduleFundsBody(2_800_000m, new DateOnly(2025, 12, 31)));
        await platform.Post(Finance, $"{Route}/agreements/{first}/incentives/G1/payments", new RecordPaymentBody(2_800_000m, new DateOnly(2025, 11, 20), "V-601"));
    }

    [Fact]
    public async Task Fulfilment_and_performance_rates_and_amounts_by_agreement_month_and_overall_are_sql_tables_exported_and_rebuild_to_the_live_rows()
    {
        await Scenario();
        (await platform.SqlRowsAsync("select number, items_due, items_honoured, fulfilment_rate, amount_due, amount_paid, amount_overdue, milestones_fulfilled, " +
                                     "milestones_at_risk, performance_rate from incentives.fulfilment_by_agreement order by number"))
            .ShouldBe(["NCGYY-2025-601|2|1|0.5000|4000000.00|2800000.00|1200000.00|1|1|0.5000", "NCGYY-2025-602|1|0|0.0000|1200000.00|0.00|0.00|0|0|"]);
        (await platform.SqlRowsAsync("select month, items_due, items_honoured, amount_due, amount_paid, milestones_fulfilled, milestones_at_risk " +
                                     "from incentives.fulfilment_by_month order by month"))
            .ShouldBe(["2025-03|2|0|2400000.00|0.00|0|0", "2025-10|0|0|0.00|0.00|0|1", "2025-11|1|1|2800000.00|2800000.00|0|0", "2025-12|0|0|0.00|0.00|1|0",
                       "2026-06|0|0|0.00|0.00|0|0"]);
        (await platform.SqlRowsAsync("select items_due, items_honoured, fulfilment_rate, amount_due, amount_paid, amount_overdue, performance_rate from incentives.fulfilment_overall"))
            .ShouldBe(["3|1|0.3333|5200000.00|2800000.00|1200000.00|0.5000"]);

        var csv = await (await platform.Scenario(s =>
        {
            s.Get.Url($"{Route}/reports/fulfilment_by_agreement.csv");
            s.As(platform, Finance);
            s.StatusCodeShouldBe(200);
        })).ReadAsTextAsync();
        csv.ShouldContain("政府兑现率");
        csv.ShouldContain("NCGYY-2025-601");
        await platform.Get(TestActors.Supervisor, $"{Route}/reports/fulfilment_overall.xlsx");
        await platform.Get(Economy, $"{Route}/reports/fulfilment_overall.csv", 403);
        await platform.Get(TestActors.Enterprise, $"{Route}/reports/incentive_rows.csv", 403);

        await platform.ShouldRebuildToTheLiveRowsAsync<IncentiveReportProjection>(Catalog);
    }
}
