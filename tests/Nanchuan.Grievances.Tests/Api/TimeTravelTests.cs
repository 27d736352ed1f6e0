using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nanchuan.Grievances.Domain;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// Time travel (platform rule 2, ADR 0167) on the reference module: the case at version N is exactly the case as it stood after
/// its Nth event (the inline snapshot then, version included), and who may read it is decided as before.
/// </summary>
[Collection(GrievancesCollection.Name)]
public sealed class TimeTravelTests(GrievancesHost platform)
{
    private async Task<(long Version, JsonNode State)> SnapshotNow(Guid id)
    {
        var snapshot = (await platform.Host.LoadAsync<Grievance>(id))!;
        var json = platform.Host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return (snapshot.Version, JsonSerializer.SerializeToNode(snapshot, json)!);
    }

    private async Task<JsonNode> StateAt(Guid id, long version)
    {
        var answer = JsonNode.Parse(await (await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{id}/state?version={version}")).ReadAsTextAsync())!;
        answer["asOfVersion"]!.GetValue<long>().ShouldBe(version);
        return answer["state"]!;
    }

    [Fact]
    public async Task The_case_at_each_version_is_the_case_as_it_stood_after_that_event()
    {
        platform.SetTime(GrievanceApi.At(2026, 6, 9, 10, 0));
        var id = (await platform.Receive()).Id;
        var stood = new List<(long Version, JsonNode State)> { await SnapshotNow(id) };
        await platform.Assign(id, unit: TestActors.MarketRegulator.DepartmentId!);
        stood.Add(await SnapshotNow(id));
        platform.SetTime(GrievanceApi.At(2026, 6, 10, 15, 0));
        await platform.Report(id, GrievanceApi.At(2026, 6, 10, 14, 0));
        stood.Add(await SnapshotNow(id));
        platform.SetTime(GrievanceApi.At(2026, 6, 11, 9, 0));
        await platform.Evaluate(id, satisfied: false);
        stood.Add(await SnapshotNow(id));

        stood.Select(s => s.Version).ShouldBeInOrder(SortDirection.Ascending);
        stood[^1].Version.ShouldBeGreaterThan(3);
        foreach (var (version, state) in stood)
        {
            using var trips = DatabaseRoundTrips.Record();
            var rebuilt = await StateAt(id, version);
            trips.Statements.Count(sql => sql.Contains("mt_events")).ShouldBe(1, "the events up to the version are read once");
            rebuilt["version"]!.GetValue<long>().ShouldBe(version);
            JsonNode.DeepEquals(rebuilt, state).ShouldBeTrue($"version {version}: {rebuilt.ToJsonString()} ≠ {state.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Only_the_handling_unit_among_department_handlers_reads_the_history_and_the_case_as_it_stood()
    {
        platform.SetTime(GrievanceApi.At(2026, 6, 12, 10, 0));
        var id = (await platform.Receive()).Id;
        await platform.Assign(id, unit: TestActors.MarketRegulator.DepartmentId!);

        using (var trips = DatabaseRoundTrips.Record())
        {
            await platform.Get(TestActors.MarketRegulator, $"/api/audit/streams/{id}");
            trips.Statements.Count(sql => sql.Contains("mt_events")).ShouldBe(1, "the handler is decided from the snapshot, the events are read once");
        }
        (await platform.Get(TestActors.MarketRegulator, $"/api/audit/streams/{id}/state?version=1").Read<JsonNode>())["asOfVersion"]!
            .GetValue<long>().ShouldBe(1);
        await platform.Get(TestActors.Planner, $"/api/audit/streams/{id}", 403);
        await platform.Get(TestActors.Planner, $"/api/audit/streams/{id}/state?version=1", 403);
        await platform.Get(TestActors.Enterprise, $"/api/audit/streams/{id}/state", 403);
        await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{Guid.CreateVersion7()}/state?version=1", 404);
    }
}
