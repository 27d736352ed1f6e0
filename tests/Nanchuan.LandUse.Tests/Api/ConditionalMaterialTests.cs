using Alba;
using Nanchuan.LandUse.Stages;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

[Collection(LandUseCollection.Name)]
public sealed class ConditionalMaterialTests(LandUseHost platform)
{
    [Fact]
    public async Task A_map_14_months_old_at_the_design_scheme_stage_is_asked_of_the_applicant_and_reported()
    {
        var code = (await platform.Start()).Code;
        var surveyed = platform.Today().AddMonths(-10);
        await platform.Through(code, 4, surveyed);
        platform.AdvanceTo(new DateTimeOffset(surveyed.AddMonths(14).ToDateTime(new TimeOnly(10, 0)), LandUseHost.Beijing));

        var requirements = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/landuse/projects/{code}/stages/5/requirements");
            s.As(platform, Walk.ActorFor(5));
        });
        (await requirements.ReadAsJsonAsync<Projects.StageRequirements>()).ApplicantBrings.ShouldBe(["5.1", "5.3", "5.4"]);

        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage(["5.1", "5.4"])).ToUrl($"/api/landuse/projects/{code}/stages/5/submission");
            s.As(platform, Walk.ActorFor(5));
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("5.3");
        });
        var accepted = await platform.Submit(code, 5, new SubmitStage(["5.1", "5.3", "5.4"], platform.Today().AddDays(-20)));
        accepted.ApplicantMaterials.ShouldBe(3);
        await platform.Complete(code, 5);

        var view = await platform.Get(code);
        view.Report.ApplicantMaterials.ShouldBe(1 + 3);
        view.TopographicMapSurveyedOn.ShouldBe(platform.Today().AddDays(-20));
    }

    [Fact]
    public async Task Commitment_route_major_works_and_collective_housing_each_add_one_applicant_material()
    {
        var code = (await platform.Start(Walk.Project() with { MajorOrSpecialWorks = true, CollectiveOrJointHousing = true })).Code;
        var brought = await platform.Through(code, 4, platform.Today().AddMonths(-1));
        var stage5 = await platform.Submit(code, 5, new SubmitStage(["5.1", "5.4", "5.10"], CommitmentRoute: true));
        await platform.Complete(code, 5);
        var stage6 = await platform.Submit(code, 6, new SubmitStage(["6.1", "6.3"]));
        stage6.Filed.Single(f => f.MaterialId == "6.1").Name.ShouldBe("竣工规划核实测量报告");
        await platform.Complete(code, 6);
        var stage7 = await platform.Submit(code, 7, new SubmitStage(["7.1", "7.4", "7.5"]));
        await platform.Complete(code, 7);

        brought += stage5.ApplicantMaterials + stage6.ApplicantMaterials + stage7.ApplicantMaterials;
        brought.ShouldBe(9);
        var report = (await platform.Get(code)).Report;
        report.ApplicantMaterials.ShouldBe(9);
        report.MaterialsInFile.ShouldBe(12);
        report.Steps.ShouldBe(6);
    }

    [Fact]
    public async Task A_small_low_risk_project_needs_no_multi_survey_results()
    {
        var code = (await platform.Start(Walk.Project() with { SmallLowRiskSocialInvestment = true })).Code;
        await platform.Through(code, 5, platform.Today().AddMonths(-1));
        var stage6 = await platform.Submit(code, 6, new SubmitStage(["6.3"]));
        stage6.Filed.ShouldNotContain(f => f.MaterialId == "6.1");
        stage6.AdapterCalls.ShouldNotContain(c => c.MaterialId == "6.1");
    }
}
