using System.Text;
using Nanchuan.Testing;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Gas;
using Nanchuan.Utilities.Tests.Domain;
using Nanchuan.Utilities.Domain.Deadlines;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using Nanchuan.Utilities.Energy;
using Nanchuan.Utilities.Power;
using Nanchuan.Utilities.Reports;
using Nanchuan.Utilities.Water;
using Wolverine.Tracking;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>Reports on a database of their own, so the counts are exactly this scenario's.</summary>
public sealed class ReportTests(UtilitiesHost platform) : IClassFixture<UtilitiesHost>
{
    private const string Power = UtilitiesApi.Route + "/power-connections";
    private const string Water = UtilitiesApi.Route + "/water-connections";

    private async Task<Guid> AcceptPower(PowerConnectionClass connectionClass, DateTimeOffset at)
    {
        platform.SetTime(at);
        return (await platform.Post(TestActors.Enterprise, Power,
            new ApplyForPowerRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", connectionClass, "南川区东城街道工业园区8号", 80m, null, null), 201)
            .Read<PowerApplicationAcceptedResponse>()).Id;
    }

    private sealed record Opened(Guid Id);

    private async Task Scenario()
    {
        var onTime = await AcceptPower(PowerConnectionClass.LowVoltageNonResidential, Time("2025-01-23 10:00"));
        var late = await AcceptPower(PowerConnectionClass.LowVoltageNonResidential, Time("2025-01-23 10:00"));
        var overdue = await AcceptPower(PowerConnectionClass.LowVoltageResidential, Time("2025-01-20 09:00"));
        platform.SetTime(Time("2025-02-06 10:00"));
        await platform.Post(UtilitiesApi.PowerCompany, $"{Power}/{onTime}/power-on", new StepAt(Time("2025-02-05 16:30")));
        await platform.Post(UtilitiesApi.PowerCompany, $"{Power}/{late}/power-on", new StepAt(Time("2025-02-06 10:00")));
        await platform.Host.InvokeMessageAndWaitAsync(ConnectionTimers.Overdue(overdue, UtilityDeadline.PowerOn, Time("2025-01-23 18:00")));

        platform.SetTime(Time("2024-02-26 09:00"));
        var water = await platform.Post(TestActors.Enterprise, Water,
            new SignPayLastCommitmentRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", WaterApplicationChannel.BusinessHall, "南川区东城街道工业园区8号", true, null), 201)
            .Read<PayLastCommitmentResponse>();
        platform.SetTime(Time("2024-03-01 15:00"));
        await platform.Post(UtilitiesApi.WaterCompany, $"{Water}/{water.Id}/connection", new StepAt(Time("2024-02-27 09:00")));
        await platform.Post(UtilitiesApi.WaterCompany, $"{Water}/{water.Id}/cost-list", new SendCostListRequest([new CostItem("水表及表箱", "套", 1, 680m, 680m)], null));
        platform.SetTime(Time("2024-05-01 00:01"));
        await platform.Host.InvokeMessageAndWaitAsync(ConnectionTimers.Overdue(water.Id, UtilityDeadline.WaterPayment, Time("2024-05-01 00:00")));

        platform.SetTime(Time("2024-02-01 10:00"));
        await platform.Host.Scenario(s =>
        {
            s.Post.ByteArray(Encoding.UTF8.GetBytes("creditCode,enterpriseName,month,kind,quantity,amountCny,provider\n"
                + "91500119MA5U8XRB98,重庆南川示例科技有限公司,2023-01,electricity,100000,120000,国网南川供电公司\n")).ContentType("text/csv")
                .ToUrl($"{UtilitiesApi.Route}/energy/consumption-imports").QueryString("fileName", "2023.csv");
            s.As(platform, UtilitiesApi.PowerCompany);
        });
        var checkup = await platform.Post(UtilitiesApi.PowerCompany, $"{UtilitiesApi.Route}/energy/checkups", new OpenCheckupRequest("91500119MA5U8XRB98", "国网南川供电公司", 2023))
            .Read<Opened>();
        await platform.Post(UtilitiesApi.PowerCompany, $"{UtilitiesApi.Route}/energy/checkups/{checkup.Id}/plan", new IssuePlanRequest("错峰生产", 50_000m));

        await GasFeeCheckedInTheQuarter();
    }

    /// <summary>One gas fee issued in 2024 Q4, drawn (half of one, rounded up) and found compliant.</summary>
    private async Task GasFeeCheckedInTheQuarter()
    {
        const string gas = UtilitiesApi.Route + "/gas-connections", gasOperator = "南川燃气公司";
        platform.SetTime(Time("2024-10-10 09:00"));
        await platform.Post(UtilitiesApi.GasOperator, $"{UtilitiesApi.Route}/gas/price-lists",
            new PublishPriceListRequest(gasOperator, GasFeeTests.Version1.EffectiveFrom, GasFeeTests.Version1.Items, GasFeeTests.Version1.Packages));
        var applied = await platform.Post(UtilitiesApi.GasOperator, gas, new ApplyForGasRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", gasOperator,
            GasApplicationChannel.Hotline, GasUserCategory.OtherNonResidential, "南川区东城街道隆化路12号", null), 201).Read<GasApplicationResponse>();
        await platform.Post(UtilitiesApi.GasOperator, $"{gas}/{applied.Id}/survey", new RecordSurveyRequest("具备接气条件", null));
        await platform.Post(UtilitiesApi.GasOperator, $"{gas}/{applied.Id}/plan", new ProposePlanRequest("敷设PE管De32约10米，安装G4表1块", null));
        await platform.SignPlanByBothAsync(applied.Id, new SignPlanRequest(null, [new ChosenItem("MTR-G4", 1)], null));
        await platform.Post(UtilitiesApi.GasOperator, $"{gas}/{applied.Id}/fee", new IssueFeeRequest([new SubmittedFeeLine("MTR-G4", 1, 560m, 560m)], 560m, null));
        platform.SetTime(Time("2025-01-02 10:00"));
        var draw = await platform.Post(UtilitiesApi.EconomicCommission, $"{UtilitiesApi.Route}/gas/spot-checks", new DrawSpotCheckRequest(2024, 4, null, "report-seed"))
            .Read<SpotCheckView>();
        await platform.Post(UtilitiesApi.EconomicCommission, $"{UtilitiesApi.Route}/gas/spot-checks/{draw.Id}/results",
            new RecordSpotCheckResultRequest(draw.Selected.Single(), true, "物料清单已公示，费用与清单一致"));
    }

    [Fact]
    public async Task Reports_count_by_class_and_provider_export_as_csv_and_xlsx_and_a_rebuild_gives_the_same_rows()
    {
        await Scenario();

        var summary = await platform.Get(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/reports/connections?month=2025-01").Read<List<ConnectionSummary>>();
        summary.ShouldBe([
            new ConnectionSummary("power", "国网南川供电公司", "lowVoltageNonResidential", 2, 2, 1, 0.5m, 4.84m, 0), // 4.68 and 5.00 working days
            new ConnectionSummary("power", "国网南川供电公司", "lowVoltageResidential", 1, 0, 0, null, null, 1),
        ]);
        (await platform.Get(UtilitiesApi.WaterCompany, $"{UtilitiesApi.Route}/reports/connections").Read<List<ConnectionSummary>>())
            .ShouldHaveSingleItem().Utility.ShouldBe("water"); // a provider sees its own figures

        var water = await platform.Get(TestActors.Supervisor, $"{UtilitiesApi.Route}/reports/water-commitments").Read<List<WaterCommitmentSummary>>();
        water.ShouldBe([new WaterCommitmentSummary("南川区自来水公司", 1, 1, 1, 680m)]);

        var csv = await platform.Get(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/reports/connections?month=2025-01&format=csv");
        csv.Context.Response.ContentType.ShouldBe("text/csv; charset=utf-8");
        (await csv.ReadAsTextAsync()).ShouldContain("power,国网南川供电公司,lowVoltageNonResidential,2,2,1,0.5,4.84,0");
        var xlsx = await platform.Get(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/reports/gas-compliance?year=2024&format=xlsx");
        xlsx.Context.Response.ContentType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await platform.Get(TestActors.Enterprise, $"{UtilitiesApi.Route}/reports/connections", 403);

        // Demand still to connect, for grid planning: the one residential application not yet powered on (no wanted date given).
        (await platform.Get(UtilitiesApi.PowerCompany, $"{UtilitiesApi.Route}/reports/power-demand").Read<List<PowerDemand>>())
            .ShouldBe([new PowerDemand("未填写", PowerConnectionClass.LowVoltageResidential, 1, 80m)]);
        await platform.Get(UtilitiesApi.WaterCompany, $"{UtilitiesApi.Route}/reports/power-demand", 403);

        // Reporting tools read the same figures per month from the summary view, and a provider exports its own rows only.
        (await platform.ReportRowsAsync(UtilitiesReports.Catalog))[UtilitiesReports.ConnectionSummary.QualifiedName].Where(r => r.StartsWith("(2025-01,"))
            .ShouldBe(["(2025-01,power,国网南川供电公司,lowVoltageNonResidential,2,2,1,0.5000,4.84,0)", "(2025-01,power,国网南川供电公司,lowVoltageResidential,1,0,0,,,1)"]);
        var own = await (await platform.Get(UtilitiesApi.WaterCompany, $"{UtilitiesApi.Route}/reports/connection_rows.csv")).ReadAsTextAsync();
        own.ShouldContain("南川区自来水公司");
        own.ShouldNotContain("国网南川供电公司");
        await platform.Get(UtilitiesApi.WaterCompany, $"{UtilitiesApi.Route}/reports/connection_summary.csv?department=国网南川供电公司", 403);

        (await platform.ReportRowsAsync(UtilitiesReports.Catalog))[UtilitiesReports.EnergyCheckupSummary.QualifiedName].ShouldBe(["(2024-02,国网南川供电公司,1,1,50000.00)"]);

        // The gas compliance figures are a view too, and the REST report reads them from it.
        (await platform.ReportRowsAsync(UtilitiesReports.Catalog))[UtilitiesReports.GasCompliance.QualifiedName]
            .ShouldBe(["(2024,4,南川燃气公司,1,1,1.0000,0,1,1,1.0000)"]);
        (await platform.Get(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/reports/gas-compliance?year=2024").Read<List<GasComplianceSummary>>())[3]
            .ShouldBe(new GasComplianceSummary(2024, 4, 1, 1, 1m, 0, 1, 1, 1m));

        // A rebuild from the events gives the same rows, in every table.
        await platform.ShouldRebuildToTheLiveRowsAsync<UtilitiesReportProjection>(UtilitiesReports.Catalog);
    }
}
