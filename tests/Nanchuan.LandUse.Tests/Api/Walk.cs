using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.LandUse.Contracts;
using Nanchuan.LandUse.Domain.Catalogue;
using Nanchuan.LandUse.Projects;
using Nanchuan.LandUse.Stages;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

/// <summary>Drives projects through the REST API as the people who do it.</summary>
public static class Walk
{
    public static readonly string CreditCode = TestActors.Enterprise.CreditCode!;

    /// <summary>What the applicant brings on the base path, counted from the seed's attachment (not from the module).</summary>
    public static readonly IReadOnlyDictionary<int, string[]> BasePath = new Dictionary<int, string[]>
    {
        [1] = ["1.1", "1.2", "1.3"], [2] = ["2.5"], [3] = [], [4] = [], [5] = ["5.1", "5.4"], [6] = ["6.3"], [7] = ["7.1", "7.4"],
    };

    public static StartProject Project(SupplyType type = SupplyType.Transfer) =>
        new(type, "南川工业园区新材料产业园一期", CreditCode, "重庆南川示例科技有限公司");

    public static async Task<ProjectStarted> Start(this IAlbaHost platform, StartProject? command = null)
    {
        var result = await platform.Scenario(s =>
        {
            s.Post.Json(command ?? Project()).ToUrl("/api/landuse/projects");
            s.As(platform, TestActors.Planner);
        });
        return await result.ReadAsJsonAsync<ProjectStarted>();
    }

    /// <summary>Stage 1 by the land reserve agency's handler; stages 3 and 4 by the department; the others at the window.</summary>
    public static Actor ActorFor(int stage) => stage is 1 or 3 or 4 ? TestActors.Planner : TestActors.WindowClerk;

    public static async Task<StageAcceptance> Submit(this IAlbaHost platform, string code, int stage, SubmitStage command)
    {
        var result = await platform.Scenario(s =>
        {
            s.Post.Json(command).ToUrl($"/api/landuse/projects/{code}/stages/{stage}/submission");
            s.As(platform, ActorFor(stage));
        });
        return await result.ReadAsJsonAsync<StageAcceptance>();
    }

    public static async Task<StageCompletion> Complete(this IAlbaHost platform, string code, int stage, SupplyType type = SupplyType.Transfer)
    {
        var outputs = StageCatalogue.Of(type).Stage(stage).Outputs.ToDictionary(o => o.Key, o => $"南川{stage}-{o.Key}-{code[^6..]}");
        var result = await platform.Scenario(s =>
        {
            s.Post.Json(new CompleteStage(outputs)).ToUrl($"/api/landuse/projects/{code}/stages/{stage}/completion");
            s.As(platform, TestActors.Planner);
        });
        return await result.ReadAsJsonAsync<StageCompletion>();
    }

    /// <summary>Stages 1..<paramref name="lastStage"/> on the base path, each accepted and completed; the map is surveyed on <paramref name="mapSurveyedOn"/>.</summary>
    public static async Task<int> Through(this IAlbaHost platform, string code, int lastStage, DateOnly mapSurveyedOn, SupplyType type = SupplyType.Transfer)
    {
        var brought = 0;
        for (var stage = 1; stage <= lastStage; stage++)
        {
            var accepted = await platform.Submit(code, stage, new SubmitStage(BasePath[stage], stage == 1 ? mapSurveyedOn : null));
            brought += stage == 1 ? 0 : BasePath[stage].Length;
            accepted.ApplicantMaterials.ShouldBe(stage == 1 ? 0 : BasePath[stage].Length);
            await platform.Complete(code, stage, type);
        }
        return brought;
    }

    public static async Task<ProjectView> Get(this IAlbaHost platform, string code, Actor? actor = null)
    {
        var result = await platform.Scenario(s =>
        {
            s.Get.Url($"/api/landuse/projects/{code}");
            s.As(platform, actor ?? TestActors.Planner);
        });
        return await result.ReadAsJsonAsync<ProjectView>();
    }

    public static DateOnly Today(this LandUseHost platform) => DateOnly.FromDateTime(platform.Clock.GetUtcNow().ToOffset(LandUseHost.Beijing).DateTime);
}
