using Nanchuan.Utilities.Domain.Energy;

namespace Nanchuan.Utilities.Tests.Domain;

public sealed class EnergyThresholdTests
{
    private const string Code = "91500119MA5U8XRB98";

    private static ConsumptionRecord Month(int month, EnergyKind kind, decimal quantity, decimal amount, string provider = "国网南川供电公司", int year = 2024) =>
        new(Code, "重庆南川示例科技有限公司", new DateOnly(year, month, 1), kind, quantity, amount, provider);

    [Fact]
    public void Electricity_qualifies_only_above_1_CNY_per_kWh_in_a_month()
    {
        EnergyThresholds.Qualify([Month(1, EnergyKind.Electricity, 10_000, 10_000)], 2024).ShouldBeEmpty(); // exactly 1.00 is not "above"
        var qualified = EnergyThresholds.Qualify([Month(1, EnergyKind.Electricity, 10_000, 10_000), Month(2, EnergyKind.Electricity, 10_000, 10_001)], 2024);
        qualified.Count.ShouldBe(1);
        qualified[0].QualifyingMonths.ShouldBe([new DateOnly(2024, 2, 1)]);
        qualified[0].Measure.ShouldBe(1.0001m);
        qualified[0].Provider.ShouldBe("国网南川供电公司");
    }

    [Fact]
    public void Gas_qualifies_from_100000_cubic_metres_a_year_inclusive()
    {
        var justBelow = Enumerable.Range(1, 12).Select(m => Month(m, EnergyKind.Gas, m == 12 ? 8_333.99m : 8_333m, 30_000, "南川燃气公司")).ToList();
        EnergyThresholds.Qualify(justBelow, 2024).ShouldBeEmpty(); // 99,996.99 m³
        var exactly = Enumerable.Range(1, 10).Select(m => Month(m, EnergyKind.Gas, 10_000m, 30_000, "南川燃气公司")).ToList();
        var qualified = EnergyThresholds.Qualify(exactly, 2024).ShouldHaveSingleItem();
        qualified.Measure.ShouldBe(100_000m);
        qualified.Kind.ShouldBe(EnergyKind.Gas);
    }

    [Fact]
    public void Water_qualifies_from_10000_tonnes_a_year_inclusive_and_counts_only_that_year()
    {
        var records = new[]
        {
            Month(12, EnergyKind.Water, 5_000m, 20_000, "南川区自来水公司", 2023),
            Month(1, EnergyKind.Water, 4_999m, 20_000, "南川区自来水公司"),
            Month(2, EnergyKind.Water, 5_000m, 20_000, "南川区自来水公司"),
        };
        EnergyThresholds.Qualify(records, 2024).ShouldBeEmpty();
        EnergyThresholds.Qualify([.. records, Month(3, EnergyKind.Water, 1m, 4, "南川区自来水公司")], 2024).ShouldHaveSingleItem().Measure.ShouldBe(10_000m);
    }

    [Fact]
    public void A_csv_with_bad_rows_reports_every_bad_cell_by_row_and_column()
    {
        var file = ConsumptionCsv.Parse(
            "creditCode,enterpriseName,month,kind,quantity,amountCny,provider\n" +
            "91500119MA5U8XRB98,\"重庆南川示例科技有限公司, 二厂\",2024-01,electricity,1000,1200.50,国网南川供电公司\n" +
            "91500119MA5U8XRB3X,示例,2024-13,heat,-1,abc,\n" +
            "91500119MA5U8XRB98,示例,2024-01,电,5,5,国网南川供电公司\n" +
            "only,three,cells\n");
        file.Records.ShouldHaveSingleItem().EnterpriseName.ShouldBe("重庆南川示例科技有限公司, 二厂");
        file.Errors.Where(e => e.Row == 3).Select(e => e.Column).ShouldBe(["creditCode", "month", "kind", "quantity", "amountCny", "provider"]);
        file.Errors.ShouldContain(e => e.Row == 4 && e.Column == "month" && e.Message.Contains("第2行"));
        file.Errors.ShouldContain(e => e.Row == 5 && e.Column == "row");
    }

    [Fact]
    public void A_csv_with_a_wrong_header_is_refused_as_a_whole()
    {
        ConsumptionCsv.Parse("企业,月份\n1,2\n").Errors.ShouldHaveSingleItem().Column.ShouldBe("header");
    }
}
