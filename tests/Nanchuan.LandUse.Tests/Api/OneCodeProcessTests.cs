using System.Text.Json;
using Alba;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.LandUse.Contracts;
using Nanchuan.LandUse.Domain.Materials;
using Nanchuan.LandUse.Domain.Projects;
using Nanchuan.LandUse.Projects;
using Nanchuan.LandUse.Stages;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

[Collection(LandUseCollection.Name)]
public sealed class OneCodeProcessTests(LandUseHost platform)
{
    [Theory]
    [InlineData(SupplyType.Transfer)]
    [InlineData(SupplyType.Allocation)]
    public async Task A_full_path_without_conditional_materials_reports_6_steps_12_materials_and_6_brought(SupplyType type)
    {
        var started = await platform.Start(Walk.Project(type));
        ProjectCode.IsValid(started.Code).ShouldBeTrue();
        started.Code.Length.ShouldBe(24);
        started.Code.ShouldContain("-500119-");

        var brought = await platform.Through(started.Code, 7, platform.Today().AddMonths(-2), type);

        var report = (await platform.Get(started.Code)).Report;
        brought.ShouldBe(6);
        report.ApplicantMaterials.ShouldBe(brought);
        report.Steps.ShouldBe(6);
        report.StepsBefore.ShouldBe(13);
        report.MaterialsInFile.ShouldBe(12);
        report.MaterialsInFileBefore.ShouldBe(36);
        report.Trips.ShouldBe(4);
        report.Stages.Select(s => s.ApplicantMaterials).ShouldBe([0, 1, 0, 0, 2, 1, 2]);
    }

    [Fact]
    public async Task A_transfer_project_reaching_stage_4_asks_for_no_material_and_records_no_visit()
    {
        var code = (await platform.Start()).Code;
        await platform.Through(code, 3, platform.Today().AddMonths(-2));

        var accepted = await platform.Submit(code, 4, new SubmitStage([]));
        accepted.ApplicantMaterials.ShouldBe(0);
        accepted.WindowTrip.ShouldBeFalse();
        accepted.Filed.Count.ShouldBe(5);
        accepted.AdapterCalls.Select(c => c.System).ShouldBe(
            [ExternalSystem.NonTaxSystem, ExternalSystem.TaxSystem, ExternalSystem.LandSpacePlatform, ExternalSystem.RealEstateRegistration]);
        await platform.Complete(code, 4);

        var view = await platform.Get(code);
        view.Report.Stages.Where(s => s.Stage is 3 or 4).ShouldAllBe(s => s.Trips == 0 && s.ApplicantMaterials == 0);
        view.Stages.Single(s => s.Number == 4).Outputs!.ShouldHaveSingleItem().Name.ShouldStartWith("不动产权证书");
    }

    [Fact]
    public async Task Stage_7_is_refused_while_stage_6_is_open_and_then_attaches_its_certificate()
    {
        var code = (await platform.Start()).Code;
        await platform.Through(code, 5, platform.Today().AddMonths(-2));
        await platform.Submit(code, 6, new SubmitStage(["6.3"]));

        var refused = await platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage(["7.1", "7.4"])).ToUrl($"/api/landuse/projects/{code}/stages/7/submission");
            s.As(platform, TestActors.WindowClerk);
            s.StatusCodeShouldBe(409);
        });
        (await refused.ReadAsTextAsync()).ShouldContain("第6环节办理中");

        var certificate = await platform.Complete(code, 6);
        var accepted = await platform.Submit(code, 7, new SubmitStage(["7.1", "7.4"]));
        var attached = accepted.Filed.Single(f => f.MaterialId == "7.3");
        attached.Disposition.ShouldBe(MaterialDisposition.AttachedFromEarlierStage);
        attached.Reference.ShouldContain(certificate.Outputs.Single().Number);
        accepted.ApplicantMaterials.ShouldBe(2);
    }

    [Fact]
    public async Task A_stage_before_its_prerequisites_is_a_409_and_writes_nothing()
    {
        var started = await platform.Start();
        await platform.Through(started.Code, 1, platform.Today().AddMonths(-2));
        var before = await AuditVersion(started.StreamId);

        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage([])).ToUrl($"/api/landuse/projects/{started.Code}/stages/3/submission");
            s.As(platform, TestActors.Planner);
            s.StatusCodeShouldBe(409);
            s.ContentShouldContain("第2");
        });
        (await AuditVersion(started.StreamId)).ShouldBe(before);
    }

    [Fact]
    public async Task The_project_is_looked_up_by_its_code_with_its_audit_history()
    {
        var started = await platform.Start();
        await platform.Through(started.Code, 2, platform.Today().AddMonths(-2));

        var view = await platform.Get(started.Code, TestActors.Enterprise);
        view.StreamId.ShouldBe(started.StreamId);
        view.Stages.Count.ShouldBe(2);
        view.Stages[1].Filed.Where(f => f.Disposition == MaterialDisposition.FetchedFromSystem).Count().ShouldBe(4);

        var history = await platform.Host.Scenario(s =>
        {
            s.Get.Url(view.AuditHistory);
            s.As(platform, TestActors.Supervisor);
        });
        var entries = (await history.ReadAsJsonAsync<StreamHistory>()).Events;
        entries.Count.ShouldBe(5);
        entries[0].Summary.ShouldContain(started.Code);
        entries[0].Actor.Role.ShouldBe("DepartmentHandler");

        var asOf = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{started.StreamId}/state?version=4");
            s.As(platform, TestActors.Supervisor);
        });
        var state = await asOf.ReadAsJsonAsync<StreamStateAsOf>();
        state.CaseType.ShouldBe("LandUseProject");
        // Version 4: started, stage 1 accepted and completed, stage 2 accepted — not yet completed.
        var stages = ((JsonElement)state.State!).GetProperty("stages");
        stages.GetArrayLength().ShouldBe(2);
        stages[1].GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Another_enterprise_cannot_see_the_project()
    {
        var code = (await platform.Start()).Code;
        var stranger = TestActors.Enterprise with { Id = "ent-2", CreditCode = UnifiedSocialCreditCode.FromBody("91500119MA5U00011").Value };
        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/landuse/projects/{code}");
            s.As(platform, stranger);
            s.StatusCodeShouldBe(403);
        });
    }

    [Fact]
    public async Task A_malformed_or_unknown_code_is_a_400_or_a_404()
    {
        var code = (await platform.Start()).Code;
        var tampered = code[..^1] + (code[^1] == 'A' ? 'B' : 'A');
        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/landuse/projects/{tampered}");
            s.As(platform, TestActors.Planner);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("\"code\"");
        });
        var unknown = ProjectCode.Issue(new DateOnly(2024, 1, 5), "15", "01", new Random(7));
        await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/landuse/projects/{unknown}");
            s.As(platform, TestActors.Planner);
            s.StatusCodeShouldBe(404);
        });
    }

    private async Task<long> AuditVersion(Guid streamId)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{streamId}");
            s.As(platform, TestActors.Supervisor);
        });
        return (await result.ReadAsJsonAsync<StreamHistory>()).Version;
    }
}
