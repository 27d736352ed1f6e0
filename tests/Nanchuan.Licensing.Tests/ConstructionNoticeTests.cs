using Alba;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.LandUse.Contracts;
using Nanchuan.Licensing.ConstructionNotice;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

[Collection(LicensingCollection.Name)]
public sealed class ConstructionNoticeTests(LicensingHost platform)
{
    private async Task<OneTimeNotice> NoticeAsync(string query) =>
        (await (await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/licensing/construction-notice?{query}");
            s.As(platform, TestActors.Enterprise);
        })).ReadAsJsonAsync<OneTimeNotice>())!;

    [Theory]
    [InlineData("transfer", SupplyType.Transfer)]
    [InlineData("allocation", SupplyType.Allocation)]
    public async Task Every_stage_is_listed_and_the_base_path_has_the_catalogues_applicant_materials(string query, SupplyType supplyType)
    {
        var catalogue = platform.Host.Services.GetRequiredService<ILandUseStageCatalogue>().For(supplyType);
        var result = await NoticeAsync($"supplyType={query}");
        result.Stages.Select(s => s.Number).ShouldBe(catalogue.Stages.Select(s => s.Number).Order());
        result.ApplicantMaterials.ShouldBe(catalogue.ApplicantMaterialsBasePath);
    }

    [Fact]
    public async Task Conditions_of_the_project_add_waive_and_replace_materials()
    {
        var result = await NoticeAsync("supplyType=transfer&conditions=CommitmentRoute,topographicMapOlderThanOneYear,MajorOrSpecialWorks");
        result.Conditions.ShouldBe([ConditionKind.CommitmentRoute, ConditionKind.TopographicMapOlderThanOneYear, ConditionKind.MajorOrSpecialWorks]);
        result.Stages.Single(s => s.Number == 3).Materials.Select(m => m.Id).ShouldBe(["3.4"]); // the topographic map is over a year old
        result.Stages.Single(s => s.Number == 5).Materials.Select(m => m.Id).ShouldBe(["5.1", "5.3", "5.4", "5.10"]);
        result.Stages.Single(s => s.Number == 6).Materials.Select(m => m.Name).ShouldContain("竣工规划核实测量报告");
        result.ApplicantMaterials.ShouldBe(10); // 6 on the base path + 3.4, 5.3, 5.10 and the replacement survey report

        var smallProject = await NoticeAsync("supplyType=transfer&conditions=SmallLowRiskSocialInvestment");
        smallProject.ApplicantMaterials.ShouldBe(6);
        smallProject.Stages.Single(s => s.Number == 7).Materials.Select(m => m.Id).ShouldBe(["7.1", "7.4"]); // 7.5 only for collective or joint housing
    }

    [Theory]
    [InlineData("supplyType=lease", "supplyType")]
    [InlineData("conditions=CommitmentRoute", "supplyType")]
    [InlineData("supplyType=transfer&conditions=Skyscraper", "conditions")]
    public async Task Unknown_supply_type_or_condition_is_a_400(string query, string field)
    {
        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/licensing/construction-notice?{query}");
            s.As(platform, TestActors.Enterprise);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain(field);
        });
    }
}
