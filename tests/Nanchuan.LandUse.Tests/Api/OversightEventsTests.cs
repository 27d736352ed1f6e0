using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.LandUse.Contracts;
using Nanchuan.LandUse.Projects;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.LandUse.Tests.Api;

/// <summary>A project opened at its code and closed at its last stage on the oversight contract (the process has no deadlines).</summary>
[Collection(LandUseCollection.Name)]
public sealed class OversightEventsTests(LandUseHost platform)
{
    [Fact]
    public async Task A_project_opens_at_its_code_and_closes_only_when_its_last_stage_is_completed()
    {
        ProjectStarted started = null!;
        var starting = await platform.Host.TrackAsync(async () => started = await platform.Start(Walk.Project(SupplyType.Allocation)));
        var @case = new OversightCase("LandUse", "land-use-project", started.StreamId, Walk.CreditCode, "区规划自然资源局");
        var opened = starting.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        opened.ShouldBe(new CaseOpened(@case, "用地项目：南川工业园区新材料产业园一期（重庆南川示例科技有限公司）", opened.OpenedAt, started.Code, "重庆南川示例科技有限公司"));
        opened.OpenedAt.ShouldBe(platform.Clock.GetUtcNow());

        var throughSix = await platform.Host.TrackAsync(() => platform.Through(started.Code, 6, platform.Today().AddMonths(-2), SupplyType.Allocation));
        throughSix.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<CaseClosed>().ShouldBeEmpty();

        await platform.Submit(started.Code, 7, new Stages.SubmitStage(Walk.BasePath[7]));
        var closing = await platform.Host.TrackAsync(() => platform.Complete(started.Code, 7, SupplyType.Allocation));
        closing.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().ShouldBe(new CaseClosed(@case, "已办结", null, platform.Clock.GetUtcNow()));
    }
}
