using Nanchuan.LandUse.Contracts;
using Nanchuan.LandUse.Domain.Catalogue;

namespace Nanchuan.LandUse.Tests.Domain;

public sealed class StageCatalogueTests
{
    [Theory]
    [InlineData(SupplyType.Transfer)]
    [InlineData(SupplyType.Allocation)]
    public void Seven_stages_with_the_seeds_material_counts_before_and_after(SupplyType supplyType)
    {
        var catalogue = StageCatalogue.Of(supplyType);
        catalogue.Stages.Select(s => s.Number).ShouldBe([1, 2, 3, 4, 5, 6, 7]);
        catalogue.Stages.Select(s => s.MaterialsBefore).ShouldBe([3, 5, 4, 5, 10, 3, 6]);
        catalogue.Stages.Select(s => s.MaterialsKept).ShouldBe([3, 1, 0, 0, 3, 2, 3]);
        catalogue.Stages.Sum(s => s.MaterialsBefore).ShouldBe(catalogue.MaterialsBefore);
        catalogue.MaterialsBefore.ShouldBe(36);
        catalogue.MaterialsKept.ShouldBe(12);
        catalogue.Steps.ShouldBe(6);
        catalogue.StepsBefore.ShouldBe(13);
        catalogue.ApplicantMaterialsBasePath.ShouldBe(6);
    }

    [Fact]
    public void Transfer_stage_names_and_outputs_follow_the_attachment()
    {
        var catalogue = StageCatalogue.Transfer;
        catalogue.Stages.Select(s => s.Name).ShouldBe(
        [
            "用地规划条件集成", "土地出让合同", "建设用地规划许可证", "出让国有建设用地使用权首次登记",
            "建设工程规划许可", "建设工程规划核验（验收）", "国有建设用地使用权及房屋所有权首次登记",
        ]);
        catalogue.Stage(1).Outputs.Count.ShouldBe(3);
        catalogue.Stage(6).Outputs.ShouldHaveSingleItem().Name.ShouldBe("建设工程竣工规划核实确认书");
        catalogue.Stage(3).Effect.ShouldStartWith("零次跑、零材料");
        catalogue.Stage(4).Effect.ShouldStartWith("零次跑、零材料");
    }

    [Fact]
    public void Each_material_keeps_its_change_source_and_way_of_getting_it()
    {
        var stage2 = StageCatalogue.Transfer.Stage(2).Materials;
        stage2.Take(4).ShouldAllBe(m => m.Change == MaterialChange.Exempt && m.Source == MaterialSource.TradingCentre);
        stage2[4].ShouldSatisfyAllConditions(
            m => m.Name.ShouldBe("不动产登记申请书"),
            m => m.Change.ShouldBe(MaterialChange.MovedEarlier),
            m => m.Method.ShouldBe(AcquisitionMethod.WindowCollection));

        var stage4 = StageCatalogue.Transfer.Stage(4).Materials;
        stage4.ShouldAllBe(m => m.Change == MaterialChange.Exempt);
        stage4.Single(m => m.Id == "4.2").Systems.ShouldBe([ExternalSystem.NonTaxSystem, ExternalSystem.TaxSystem]);
        stage4.Single(m => m.Id == "4.2").Method.ShouldBe(AcquisitionMethod.InterfaceSharing);

        var stage5 = StageCatalogue.Transfer.Stage(5).Materials;
        stage5.Where(m => m.Change == MaterialChange.Merged).Select(m => m.MergedInto).ShouldBe(["5.4", "5.4", "5.4", "5.4"]);
        stage5.Single(m => m.Id == "5.10").Conditions.ShouldHaveSingleItem().Kind.ShouldBe(ConditionKind.CommitmentRoute);
        StageCatalogue.Transfer.Stage(7).Materials.Single(m => m.Id == "7.3").FromStage.ShouldBe(6);
    }

    [Fact]
    public void Allocation_uses_the_allocation_decision_in_place_of_the_transfer_contract()
    {
        var stage2 = StageCatalogue.Allocation.Stage(2);
        stage2.Name.ShouldBe("国有建设用地划拨决定书");
        stage2.Outputs.ShouldHaveSingleItem().Name.ShouldBe("国有建设用地划拨决定书");
        stage2.Materials.ShouldNotContain(m => m.Source == MaterialSource.TradingCentre);
        StageCatalogue.Allocation.Stage(4).Materials.Single(m => m.Id == "4.4").Name.ShouldContain("划拨决定书");
    }
}
