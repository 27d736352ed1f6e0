using Nanchuan.LandUse.Contracts;
using Nanchuan.LandUse.Domain.Catalogue;
using Nanchuan.LandUse.Domain.Materials;

namespace Nanchuan.LandUse.Tests.Domain;

public sealed class RequiredMaterialsTests
{
    private static readonly DateOnly Today = new(2024, 9, 2);

    /// <summary>The base path: a fresh map, no commitment route, an ordinary project, certificates in the registration system.</summary>
    private static readonly StageFacts Base = new(Today, Today.AddMonths(-3), false, false, false, false, true);

    private static IReadOnlyList<string> Brought(int stage, StageFacts facts, SupplyType type = SupplyType.Transfer) =>
        RequiredMaterials.For(StageCatalogue.Of(type).Stage(stage), facts)
            .Where(r => r.Disposition == MaterialDisposition.ApplicantBrings).Select(r => r.MaterialId).ToList();

    [Theory]
    [InlineData(SupplyType.Transfer)]
    [InlineData(SupplyType.Allocation)]
    public void The_base_path_asks_the_applicant_for_six_materials(SupplyType type)
    {
        Enumerable.Range(1, 7).Select(stage => Brought(stage, Base, type).Count).ShouldBe([0, 1, 0, 0, 2, 1, 2]);
        Brought(2, Base, type).ShouldBe(["2.5"]);
        Brought(5, Base, type).ShouldBe(["5.1", "5.4"]);
        Brought(6, Base, type).ShouldBe(["6.3"]);
        Brought(7, Base, type).ShouldBe(["7.1", "7.4"]);
    }

    [Fact]
    public void Stages_three_and_four_ask_for_nothing_and_fetch_or_attach_everything()
    {
        foreach (var stage in new[] { 3, 4 })
            RequiredMaterials.For(StageCatalogue.Transfer.Stage(stage), Base)
                .ShouldAllBe(r => r.Disposition == MaterialDisposition.FetchedFromSystem || r.Disposition == MaterialDisposition.AttachedFromEarlierStage);
    }

    [Fact]
    public void Stage_seven_attaches_the_stage_six_certificate()
    {
        var certificate = RequiredMaterials.For(StageCatalogue.Transfer.Stage(7), Base).Single(r => r.MaterialId == "7.3");
        certificate.Disposition.ShouldBe(MaterialDisposition.AttachedFromEarlierStage);
        certificate.FromStage.ShouldBe(6);
    }

    [Fact]
    public void Stage_one_materials_come_from_the_land_reserve_agency()
    {
        RequiredMaterials.For(StageCatalogue.Transfer.Stage(1), Base).ShouldAllBe(r => r.Disposition == MaterialDisposition.LandReserveAgencySupplies);
    }

    [Fact]
    public void A_map_fourteen_months_old_is_asked_of_the_applicant_at_the_design_scheme_stage()
    {
        var old = Base with { TopographicMapSurveyedOn = Today.AddMonths(-14) };
        Brought(5, old).ShouldBe(["5.1", "5.3", "5.4"]);
        Brought(3, old).ShouldBe(["3.4"]);
    }

    [Fact]
    public void A_map_exactly_one_year_old_is_still_current()
    {
        Brought(5, Base with { TopographicMapSurveyedOn = Today.AddYears(-1) }).ShouldBe(["5.1", "5.4"]);
        Brought(5, Base with { TopographicMapSurveyedOn = Today.AddYears(-1).AddDays(-1) }).ShouldContain("5.3");
    }

    [Fact]
    public void The_commitment_letter_is_needed_only_on_the_commitment_route()
    {
        Brought(5, Base with { CommitmentRoute = true }).ShouldBe(["5.1", "5.4", "5.10"]);
        RequiredMaterials.For(StageCatalogue.Transfer.Stage(5), Base).Single(r => r.MaterialId == "5.10").Disposition.ShouldBe(MaterialDisposition.NotNeeded);
    }

    [Fact]
    public void Small_low_risk_projects_need_no_multi_survey_results()
    {
        var survey = RequiredMaterials.For(StageCatalogue.Transfer.Stage(6), Base with { SmallLowRiskSocialInvestment = true }).Single(r => r.MaterialId == "6.1");
        survey.Disposition.ShouldBe(MaterialDisposition.NotNeeded);
        RequiredMaterials.For(StageCatalogue.Transfer.Stage(6), Base).Single(r => r.MaterialId == "6.1").Disposition.ShouldBe(MaterialDisposition.FetchedFromSystem);
    }

    [Fact]
    public void Major_works_bring_a_completion_verification_survey_report_instead()
    {
        var survey = RequiredMaterials.For(StageCatalogue.Transfer.Stage(6), Base with { MajorOrSpecialWorks = true }).Single(r => r.MaterialId == "6.1");
        survey.Disposition.ShouldBe(MaterialDisposition.ApplicantBrings);
        survey.Name.ShouldBe("竣工规划核实测量报告");
    }

    [Fact]
    public void Collective_or_joint_housing_brings_its_approval()
    {
        Brought(7, Base with { CollectiveOrJointHousing = true }).ShouldBe(["7.1", "7.4", "7.5"]);
    }

    [Fact]
    public void A_land_certificate_missing_from_the_registration_system_is_asked_of_the_applicant()
    {
        Brought(5, Base with { LandCertificateInRegistrationSystem = false }).ShouldBe(["5.1", "5.4", "5.9"]);
    }

    [Fact]
    public void Merged_materials_are_not_asked_for_separately()
    {
        RequiredMaterials.For(StageCatalogue.Transfer.Stage(5), Base).Count(r => r.Disposition == MaterialDisposition.MergedIntoAnother).ShouldBe(4);
    }
}
