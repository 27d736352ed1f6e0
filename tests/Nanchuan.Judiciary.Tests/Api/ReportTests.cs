using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Judiciary.Assignment;
using Nanchuan.Judiciary.EnforcementStage;
using Nanchuan.Judiciary.HandingBack;
using Nanchuan.Judiciary.Litigation;
using Nanchuan.Judiciary.Preservations;
using Nanchuan.Judiciary.Referral;
using Nanchuan.Judiciary.Reports;
using Nanchuan.Judiciary.Results;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>The report tables on a database of their own, so the figures are exactly this scenario's.</summary>
public sealed class ReportTests(JudiciaryHost platform) : IClassFixture<JudiciaryHost>
{
    private static readonly BuildingBlocks.Platform.Reports.ReportCatalog Catalog = new JudiciaryModule().Reports;

    private async Task Mediated(Guid id, Actor unit, int? days = null)
    {
        await platform.Post(Court, $"{Cases}/{id}/referral", new ReferToCentreBody("移交调处"));
        await platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(unit.DepartmentId, days));
    }

    /// <summary>
    /// September 2026: A (pre-litigation, online) and B (pre-litigation, one trip) mediated by 南城街道, A resolved in 7 days, B not;
    /// C (litigation, two trips) given 3 working days by 区市场监管局, overdue, resolved after 17 days; D (one trip) handed back.
    /// Preservations: A by policy, C by cash, and C by policy in October. October: B filed for litigation; E filed in enforcement, a
    /// 10-day buffer whose settlement failed, then a 3-day buffer still in force (its timer has not fired); its buffer id.
    /// </summary>
    private async Task<(Guid Case, SettlementBuffer Buffer)> Scenario()
    {
        platform.SetTime(Time("2026-09-22 10:00"));
        var a = await platform.FileAsync(Codes[0], visits: 0, stage: DisputeStage.PreLitigation);
        var b = await platform.FileAsync(Codes[1], visits: 1, stage: DisputeStage.PreLitigation);
        var c = await platform.FileAsync(Codes[2], visits: 2);
        var d = await platform.FileAsync(Codes[3], visits: 1);
        await Mediated(a, Street);
        await Mediated(b, Street);
        await Mediated(c, Market, days: 3);
        await Mediated(d, Market);
        await platform.Post(Court, $"{Cases}/{a}/preservations", new ApplyForPreservationBody(100000m, PreservationSecurity.GuaranteePolicy, "中国人民财产保险股份有限公司", "P-001"));
        await platform.Post(Court, $"{Cases}/{c}/preservations", new ApplyForPreservationBody(20000m, PreservationSecurity.CashDeposit, null, null));

        platform.SetTime(Time("2026-09-23 10:00"));
        await platform.Post(Market, $"{Cases}/{d}/mediation/hand-back", new HandBackBody("非本单位职责"));
        platform.SetTime(Time("2026-09-28 18:00").AddSeconds(1));
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue("dispute", c, "Mediation", Time("2026-09-28 18:00")));
        platform.SetTime(Time("2026-09-29 10:00"));
        await platform.Post(Street, $"{Cases}/{a}/mediation/result", new ReportMediationResultBody(true, "达成调解协议"));
        platform.SetTime(Time("2026-09-30 10:00"));
        await platform.Post(Street, $"{Cases}/{b}/mediation/result", new ReportMediationResultBody(false, "申请人坚持起诉"));

        platform.SetTime(Time("2026-10-09 10:00"));
        await platform.Post(Court, $"{Cases}/{b}/litigation", new FileForLitigationBody("诉前调解不成，登记立案"));
        await platform.Post(EnterpriseUser(Codes[2]), $"{Cases}/{c}/preservations", new ApplyForPreservationBody(50000m, PreservationSecurity.GuaranteePolicy, "中国平安财产保险股份有限公司", "P-002"));
        await platform.Post(Market, $"{Cases}/{c}/mediation/result", new ReportMediationResultBody(true, "和解"));
        var e = await platform.FileAsync(Codes[4], visits: 1, stage: DisputeStage.Enforcement);
        await platform.Post(Court, $"{Cases}/{e}/buffer", new GrantBufferBody(new DateOnly(2026, 11, 30), 10));
        platform.SetTime(Time("2026-10-12 10:00"));
        await platform.Post(Court, $"{Cases}/{e}/buffer/settlement-failure", new SettlementFailedBody("未履行和解协议"));
        await platform.Post(Court, $"{Cases}/{e}/buffer", new GrantBufferBody(new DateOnly(2026, 11, 30), 3));
        return (e, (await platform.Get(Court, $"{Cases}/{e}").Read<DisputeCase>()).Buffers[^1]);
    }

    [Fact]
    public async Task The_figures_by_month_and_unit_are_sql_tables_exported_by_unit_and_rebuild_to_the_live_rows()
    {
        var (bufferCase, buffer) = await Scenario();
        (await platform.SqlRowsAsync("select month, filed, within_one_visit, share from judiciary.one_visit_share order by month"))
            .ShouldBe(["2026-09|4|3|0.7500", "2026-10|1|1|1.0000"]);
        (await platform.SqlRowsAsync("select month, stage, cases, awaiting_assignment, mediating, resolved, unresolved from judiciary.cases_by_stage order by month, stage"))
            .ShouldBe(["2026-09|litigation|3|1|0|1|0", "2026-09|preLitigation|1|0|0|1|0", "2026-10|enforcement|1|0|0|0|0"]);
        (await platform.SqlRowsAsync("select month, mediated, resolved, unresolved, litigated, success_rate from judiciary.pre_litigation_success"))
            .ShouldBe(["2026-09|2|1|1|1|0.5000"]);
        (await platform.SqlRowsAsync("select month, stage, resolved, average_days from judiciary.resolution_days order by month"))
            .ShouldBe(["2026-09|preLitigation|1|7.00", "2026-10|litigation|1|17.00"]);
        (await platform.SqlRowsAsync("select month, applications, with_insurance, share from judiciary.insurance_share order by month"))
            .ShouldBe(["2026-09|2|1|0.5000", "2026-10|1|1|1.0000"]);
        (await platform.SqlRowsAsync("select month, unit, resolved, resolved_on_time, unresolved from judiciary.ping_an_assessment order by month"))
            .ShouldBe(["2026-09|南城街道办事处|1|1|1", "2026-10|区市场监管局|1|0|0"]);
        (await platform.SqlRowsAsync("select month, unit, assigned, open, overdue, handed_back from judiciary.mediations_overdue_by_unit order by unit"))
            .ShouldBe(["2026-09|区市场监管局|2|0|1|1", "2026-09|南城街道办事处|2|0|0|0"]);
        // By the platform's clock, not the database's: in force until its timer records, just after 24:00 of 15 Oct, that it ran its course.
        const string Outcomes = "select month, granted, average_days, settlement_failed, completed, in_force from judiciary.buffer_outcomes";
        (await platform.SqlRowsAsync(Outcomes)).ShouldBe(["2026-10|2|6.5|1|0|1"]);
        buffer.EndsAt.ShouldBe(Time("2026-10-16 00:00"));
        platform.SetTime(Time("2026-10-16 00:00").AddSeconds(1));
        await platform.Host.InvokeMessageAndWaitAsync(new SettlementBufferEnds(bufferCase, buffer.Id, buffer.EndsAt));
        (await platform.SqlRowsAsync(Outcomes)).ShouldBe(["2026-10|2|6.5|1|1|0"]);

        var csv = await (await platform.Scenario(s =>
        {
            s.Get.Url($"{Route}/reports/ping_an_assessment.csv");
            s.As(platform, Market);
            s.StatusCodeShouldBe(200);
        })).ReadAsTextAsync();
        csv.ShouldContain("区市场监管局");
        csv.ShouldNotContain("南城街道办事处");
        await platform.Get(TestActors.BusinessOffice, $"{Route}/reports/insurance_share.xlsx");
        await platform.Get(Centre, $"{Route}/reports/case_rows.csv");
        await platform.Get(Market, $"{Route}/reports/insurance_share.csv", 403);
        await platform.Get(EnterpriseUser(Codes[0]), $"{Route}/reports/one_visit_share.csv", 403);

        await platform.ShouldRebuildToTheLiveRowsAsync<JudiciaryReportProjection>(Catalog);
    }
}
