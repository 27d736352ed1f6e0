using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Utilities.Domain.Gas;

namespace Nanchuan.Utilities.Tests.Domain;

public sealed class GasFeeTests
{
    public static readonly PriceListEdition Version1 = new("南川燃气公司", 1, new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.FromHours(8)),
        [
            new PriceListItem("PE32", "聚乙烯管", "PE管 De32", "米", 28.50m, PriceItemCategory.Material),
            new PriceListItem("MTR-G4", "燃气表", "膜式表 G4", "块", 560m, PriceItemCategory.Material),
            new PriceListItem("LAB-INST", "安装人工", "管道安装", "米", 35m, PriceItemCategory.Labour),
        ],
        [new FixedPricePackage("SC-1", "小商户一口价", 2980m, [new PackageMaterial("燃气表", "膜式表 G4", "块", 1), new PackageMaterial("聚乙烯管", "PE管 De32", "米", 20)])]);

    public static readonly PriceListEdition Version2 = Version1 with
    {
        Version = 2,
        EffectiveFrom = new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.FromHours(8)),
        Items = [.. Version1.Items.Select(i => i.Code == "PE32" ? i with { UnitPrice = 30m } : i)],
    };

    [Fact]
    public void The_fee_is_the_chosen_quantities_at_the_listed_prices_split_into_labour_and_materials()
    {
        var fee = GasFeeCalculator.Compute(Version1, null, [new ChosenItem("PE32", 12.5m), new ChosenItem("MTR-G4", 1), new ChosenItem("LAB-INST", 12.5m)]);
        fee.Lines.Select(l => l.Amount).ShouldBe([356.25m, 560m, 437.50m]);
        fee.Materials.ShouldBe(916.25m);
        fee.Labour.ShouldBe(437.50m);
        fee.Total.ShouldBe(1353.75m);
    }

    [Fact]
    public void A_package_costs_its_published_price()
    {
        var fee = GasFeeCalculator.Compute(Version1, "SC-1", []);
        fee.Total.ShouldBe(2980m);
        fee.Lines.ShouldHaveSingleItem().Code.ShouldBe("SC-1");
    }

    [Fact]
    public void Spec_example_a_fee_whose_material_price_differs_from_the_published_list_is_refused()
    {
        var fee = GasFeeCalculator.Compute(Version1, null, [new ChosenItem("PE32", 10)]);
        var refused = Should.Throw<DomainValidationException>(() =>
            GasFeeCalculator.EnsureMatches(fee, [new SubmittedFeeLine("PE32", 10, 30m, 300m)], 300m, 1));
        refused.Errors.Keys.ShouldBe(["lines[0].unitPrice", "lines[0].amount", "total"], ignoreOrder: true);
        refused.Errors["lines[0].unitPrice"][0].ShouldContain("28.50");
        GasFeeCalculator.EnsureMatches(fee, [new SubmittedFeeLine("PE32", 10, 28.50m, 285m)], 285m, 1);
    }

    [Fact]
    public void The_list_in_force_is_the_latest_effective_version_at_the_time()
    {
        PriceListEditions.InForceAt([Version1, Version2], new DateTimeOffset(2024, 6, 30, 23, 59, 0, TimeSpan.FromHours(8)))!.Version.ShouldBe(1);
        PriceListEditions.InForceAt([Version1, Version2], new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.FromHours(8)))!.Version.ShouldBe(2);
        PriceListEditions.InForceAt([Version1, Version2], new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(8))).ShouldBeNull();
    }

    [Fact]
    public void The_spot_check_draw_takes_at_least_half_rounded_up_and_replays_from_its_seed()
    {
        var candidates = Enumerable.Range(1, 7).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();
        var first = SpotCheckDraw.Select(candidates, "seed-2024Q2", 0.5m);
        first.Count.ShouldBe(4);
        SpotCheckDraw.Select(candidates, "seed-2024Q2", 0.5m).ShouldBe(first);
        SpotCheckDraw.Select([.. candidates.AsEnumerable().Reverse()], "seed-2024Q2", 0.5m).ShouldBe(first); // order of candidates does not matter
        SpotCheckDraw.Select(candidates, "another-seed", 0.5m).ShouldNotBe(first);
        first.ShouldAllBe(id => candidates.Contains(id));
    }
}
