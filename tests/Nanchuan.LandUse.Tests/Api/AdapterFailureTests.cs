using Alba;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.LandUse.Contracts;
using Nanchuan.LandUse.Integration;
using Nanchuan.LandUse.Stages;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

[Collection(LandUseCollection.Name)]
public sealed class AdapterFailureTests(LandUseHost platform)
{
    [Fact]
    public async Task A_system_that_does_not_answer_is_named_retried_recorded_and_never_asked_of_the_enterprise()
    {
        var started = await platform.Start();
        await platform.Through(started.Code, 3, platform.Today().AddMonths(-1));
        await DeclareOutage(ExternalSystem.TaxSystem, 3);

        var failed = await platform.Host.Scenario(s =>
        {
            s.Post.Json(new SubmitStage([])).ToUrl($"/api/landuse/projects/{started.Code}/stages/4/submission");
            s.As(platform, Walk.ActorFor(4));
            s.StatusCodeShouldBe(503);
        });
        var problem = await failed.ReadAsTextAsync();
        problem.ShouldContain("TaxSystem");
        problem.ShouldContain("\"attempts\":3");

        var view = await platform.Get(started.Code);
        view.Stages.ShouldNotContain(s => s.Number == 4);
        var failure = view.FetchFailures.ShouldHaveSingleItem();
        failure.System.ShouldBe(ExternalSystem.TaxSystem);
        failure.Attempts.Count.ShouldBe(3);
        view.Report.ApplicantMaterials.ShouldBe(1);

        var retried = await platform.Submit(started.Code, 4, new SubmitStage([]));
        retried.ApplicantMaterials.ShouldBe(0);
        retried.AdapterCalls.ShouldContain(c => c.System == ExternalSystem.TaxSystem && c.Succeeded);
    }

    [Fact]
    public async Task Failed_attempts_before_a_success_are_recorded_in_the_event()
    {
        var started = await platform.Start();
        await platform.Through(started.Code, 5, platform.Today().AddMonths(-1));
        await DeclareOutage(ExternalSystem.MultiSurvey, 2);

        var accepted = await platform.Submit(started.Code, 6, new SubmitStage(["6.3"]));
        accepted.AdapterCalls.Where(c => c.System == ExternalSystem.MultiSurvey).Select(c => (c.Attempt, c.Succeeded))
            .ShouldBe([(1, false), (2, false), (3, true)]);

        var history = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/streams/{started.StreamId}");
            s.As(platform, TestActors.Supervisor);
        });
        (await history.ReadAsTextAsync()).ShouldContain("多测合一成果库");
    }

    private Task DeclareOutage(ExternalSystem system, int calls) => platform.Host.Scenario(s =>
    {
        s.Post.Json(new DeclareOutage(system, calls)).ToUrl("/api/landuse/simulation/outages");
        s.As(platform, TestActors.Admin);
        s.StatusCodeShouldBe(204);
    });
}
