using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.LandUse.Domain.Projects;
using Nanchuan.LandUse.Stages;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

[Collection(LandUseCollection.Name)]
public sealed class InvalidInputTests(LandUseHost platform)
{
    [Fact]
    public async Task An_invalid_project_is_refused_field_by_field_and_writes_nothing()
    {
        var before = await ProjectCount();
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Json(Walk.Project() with { CreditCode = "91500119MA5U8XRB3X", ProjectName = " ", SmallLowRiskSocialInvestment = true, MajorOrSpecialWorks = true })
                .ToUrl("/api/landuse/projects");
            s.As(platform, TestActors.Planner);
            s.StatusCodeShouldBe(400);
        });
        var text = await result.ReadAsTextAsync();
        text.ShouldContain("\"creditCode\"");
        text.ShouldContain("\"projectName\"");
        text.ShouldContain("\"majorOrSpecialWorks\"");
        (await ProjectCount()).ShouldBe(before);
    }

    [Theory]
    [InlineData("[\"2.1\",\"2.5\"]", "2.1")]
    [InlineData("[]", "2.5")]
    [InlineData("[\"2.5\",\"9.9\"]", "9.9")]
    public async Task Materials_other_than_exactly_the_required_ones_are_a_400_and_write_nothing(string materials, string named)
    {
        var started = await platform.Start();
        await platform.Through(started.Code, 1, platform.Today().AddMonths(-1));
        var version = await Version(started.StreamId);

        await platform.Host.Scenario(s =>
        {
            s.Post.Text($"{{\"materials\":{materials}}}").ToUrl($"/api/landuse/projects/{started.Code}/stages/2/submission");
            s.WithRequestHeader("Content-Type", "application/json");
            s.As(platform, TestActors.WindowClerk);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain(named);
        });
        (await Version(started.StreamId)).ShouldBe(version);
    }

    [Fact]
    public async Task Outputs_without_numbers_are_a_400_and_completing_twice_a_409()
    {
        var started = await platform.Start();
        await platform.Submit(started.Code, 1, new SubmitStage(["1.1", "1.2", "1.3"], platform.Today()));
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new CompleteStage(new Dictionary<string, string> { ["landList"] = "L-1" })).ToUrl($"/api/landuse/projects/{started.Code}/stages/1/completion");
            s.As(platform, TestActors.Planner);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("outputs.planningConditions");
        });
        await platform.Complete(started.Code, 1);
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new CompleteStage(new Dictionary<string, string>())).ToUrl($"/api/landuse/projects/{started.Code}/stages/1/completion");
            s.As(platform, TestActors.Planner);
            s.StatusCodeShouldBe(409);
        });
    }

    [Fact]
    public async Task Stage_1_needs_the_maps_survey_date()
    {
        var started = await platform.Start();
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage(["1.1", "1.2", "1.3"])).ToUrl($"/api/landuse/projects/{started.Code}/stages/1/submission");
            s.As(platform, TestActors.Planner);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("topographicMapSurveyedOn");
        });
        (await Version(started.StreamId)).ShouldBe(1);
    }

    [Fact]
    public async Task Only_staff_start_projects_and_supervisors_change_nothing()
    {
        foreach (var actor in new[] { TestActors.Enterprise, TestActors.Citizen, TestActors.Supervisor })
            await platform.Host.Scenario(s =>
            {
                s.Post.Json(Walk.Project()).ToUrl("/api/landuse/projects");
                s.As(platform, actor);
                s.StatusCodeShouldBe(403);
            });
    }

    private async Task<int> ProjectCount()
    {
        await using var session = platform.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<LandUseProject>().CountAsync();
    }

    private async Task<long> Version(Guid streamId)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{streamId}");
            s.As(platform, TestActors.Supervisor);
        });
        return (await result.ReadAsJsonAsync<StreamHistory>()).Version;
    }
}
