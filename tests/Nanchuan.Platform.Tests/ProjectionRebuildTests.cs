using System.Text.Json.Nodes;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.Grievances.Reading;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

public sealed class ProjectionRebuildHost() : ModuleHost(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Beijing));

/// <summary>After a projection's bug is fixed, the Admin rebuilds its read model from the events through the API, and reads the same.</summary>
public sealed class ProjectionRebuildTests(ProjectionRebuildHost platform) : IClassFixture<ProjectionRebuildHost>
{
    private const string Route = "/api/admin/projections";

    [Fact]
    public async Task The_admin_lists_every_projection_and_a_rebuilt_list_reads_as_before()
    {
        for (var i = 0; i < 3; i++)
            await platform.Post(TestActors.Enterprise, "/api/grievances", new
            {
                channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode,
                contactPerson = "王经理", phone = "13812345678", content = $"投影重建测试 {i}：厂区门前道路破损。",
            }, 201);
        var live = await GrievanceList();
        live.Count.ShouldBe(3);
        // A projection bug lost the list rows (the cases and their events are intact).
        await using (var session = platform.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.DeleteWhere<GrievanceListItem>(_ => true);
            await session.SaveChangesAsync();
        }
        (await GrievanceList()).ShouldBeEmpty();

        var projections = await Json(await platform.Get(TestActors.Admin, Route));
        var names = projections.Select(p => p!["name"]!.GetValue<string>()).ToList();
        names.ShouldContain("GrievanceListItem");
        names.ShouldContain(n => n.EndsWith("ReportProjection"));

        await platform.Scenario(s =>
        {
            s.Post.Url($"{Route}/GrievanceListItem/rebuild");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(202);
        });
        await platform.Host.Services.GetRequiredService<ProjectionRebuilds>().WhenFinished("GrievanceListItem");

        (await GrievanceList()).ToJsonString().ShouldBe(live.ToJsonString());
        var status = (await Json(await platform.Get(TestActors.Admin, Route))).Single(p => p!["name"]!.GetValue<string>() == "GrievanceListItem")!;
        status["state"]!.GetValue<string>().ShouldBe("idle", status.ToJsonString());
        status["startedBy"]!.GetValue<string>().ShouldBe(TestActors.Admin.Name);
        status["finishedAt"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Only_the_admin_may_rebuild_and_an_unknown_projection_is_404()
    {
        foreach (var actor in new[] { TestActors.BusinessOffice, TestActors.Supervisor, TestActors.MarketRegulator })
        {
            await platform.Get(actor, Route, 403);
            await platform.Scenario(s =>
            {
                s.Post.Url($"{Route}/GrievanceListItem/rebuild");
                s.As(platform, actor);
                s.StatusCodeShouldBe(403);
            });
        }
        await platform.Scenario(s =>
        {
            s.Post.Url($"{Route}/NoSuchProjection/rebuild");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(404);
        });
    }

    private async Task<JsonArray> GrievanceList() =>
        await Json(await platform.Get(TestActors.BusinessOffice, "/api/grievances?limit=500"));

    private static async Task<JsonArray> Json(IScenarioResult result) => JsonNode.Parse(await result.ReadAsTextAsync())!.AsArray();
}
