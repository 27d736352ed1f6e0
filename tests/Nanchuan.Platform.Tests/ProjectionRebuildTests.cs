using System.Text.Json.Nodes;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.Grievances.Domain;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.Platform.Tests;

public sealed class ProjectionRebuildHost() : ModuleHost(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Beijing));

/// <summary>After a projection's bug is fixed, the Admin rebuilds its read model from the events through the API, and reads the same.</summary>
public sealed class ProjectionRebuildTests(ProjectionRebuildHost platform) : IClassFixture<ProjectionRebuildHost>
{
    private const string Route = "/api/admin/projections";

    [Fact]
    public async Task The_admin_lists_every_projection_and_a_rebuilt_list_reads_as_before()
    {
        // The host is shared with the stream-replay test, which may have lodged requests first.
        var earlier = (await GrievanceList()).Count;
        for (var i = 0; i < 3; i++)
            await platform.Post(TestActors.Enterprise, "/api/grievances", new
            {
                channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode,
                contactPerson = "王经理", phone = "13812345678", content = $"投影重建测试 {i}：厂区门前道路破损。",
            }, 201);
        var live = await GrievanceList();
        live.Count.ShouldBe(earlier + 3);
        // A projection bug lost the requests' documents, which the list reads (the cases and their events are intact).
        await using (var session = platform.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.DeleteWhere<Grievance>(_ => true);
            await session.SaveChangesAsync();
        }
        (await GrievanceList()).ShouldBeEmpty();

        var projections = await Json(await platform.Get(TestActors.Admin, Route));
        var names = projections.Select(p => p!["name"]!.GetValue<string>()).ToList();
        names.ShouldContain("Grievance");
        names.ShouldContain(n => n.EndsWith("ReportProjection"));

        await platform.Scenario(s =>
        {
            s.Post.Url($"{Route}/Grievance/rebuild");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(202);
        });
        await platform.Host.Services.GetRequiredService<ProjectionRebuilds>().WhenFinished("Grievance");

        (await GrievanceList()).ToJsonString().ShouldBe(live.ToJsonString());
        var status = (await Json(await platform.Get(TestActors.Admin, Route))).Single(p => p!["name"]!.GetValue<string>() == "Grievance")!;
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
                s.Post.Url($"{Route}/Grievance/rebuild");
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

    [Fact]
    public async Task Stream_replay_rebuilds_single_stream_projections_to_the_same_documents()
    {
        for (var i = 0; i < 2; i++)
        {
            var lodged = await platform.Post(TestActors.Enterprise, "/api/grievances", new
            {
                channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode,
                contactPerson = "王经理", phone = "13812345678", content = $"流式重放测试 {i}：厂区门前道路破损。",
            }, 201);
            if (i == 0)
                await platform.Post(TestActors.BusinessOffice, $"/api/grievances/{JsonNode.Parse(await lodged.ReadAsTextAsync())!["id"]}/assignment",
                    new { problemType = "general", handlingUnitId = "qu-shichangjianguanju" });
        }
        var store = platform.Host.Services.GetRequiredService<IDocumentStore>();
        string[] tables = ["grievances.mt_doc_grievance"];
        var live = await RowsAsync(tables);
        var indexes = await IndexesAsync();
        indexes.Count.ShouldBeGreaterThan(3, "the list's duplicated columns are indexed on the snapshot (ADRs 0131, 0200)");

        (await StreamReplay.TryRebuildAsync(store, "Grievance", CancellationToken.None)).ShouldNotBeNull();
        // Several streams to one document (Awards' votes per voter and day): left to Marten's daemon.
        (await StreamReplay.TryRebuildAsync(store, "VoterDay", CancellationToken.None)).ShouldBeNull();

        var rebuilt = await RowsAsync(tables);
        foreach (var table in tables)
        {
            rebuilt[table].Count.ShouldBeGreaterThanOrEqualTo(2, table);
            rebuilt[table].ShouldBe(live[table], table);
        }
        // Dropped for the copy and created again after it (ADR 0175).
        (await IndexesAsync()).ShouldBe(indexes);
    }

    [Theory]
    [InlineData("HolidayScheduleRecord", "platform.mt_doc_holidayschedulerecord")]
    [InlineData("DepartmentRecord", "platform.mt_doc_departmentrecord")]
    public async Task The_replay_of_a_few_reference_streams_reads_their_events_only_and_writes_the_same_documents(string projection, string table)
    {
        // The requests' events, which neither the holiday schedules nor the departments fold, are in the same table.
        await platform.Post(TestActors.Enterprise, "/api/grievances", new
        {
            channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode,
            contactPerson = "王经理", phone = "13812345678", content = "参考数据重放测试：厂区门前道路破损。",
        }, 201);
        var live = await RowsAsync([table]);
        live[table].ShouldNotBeEmpty();
        var theirEvents = await CountAsync($"select count(*) from events.mt_events where not is_archived and stream_id in (select id from {table})");
        (await CountAsync("select count(*) from events.mt_events")).ShouldBeGreaterThan(theirEvents);

        var replayed = await StreamReplay.TryRebuildAsync(platform.Host.Services.GetRequiredService<IDocumentStore>(), projection, CancellationToken.None);

        replayed.ShouldBe(new StreamReplayed(EventRowsRead: theirEvents, ReadEveryEventType: false, Documents: live[table].Count));
        (await RowsAsync([table]))[table].ShouldBe(live[table]);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<string>> IndexesAsync()
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select indexdef from pg_indexes where schemaname = 'grievances' and tablename = 'mt_doc_grievance' order by 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var definitions = new List<string>();
        while (await reader.ReadAsync()) definitions.Add(reader.GetString(0));
        return definitions;
    }

    /// <summary>Every row, all columns but the write's own stamps (its time and version), in id order.</summary>
    private async Task<Dictionary<string, List<string>>> RowsAsync(IEnumerable<string> tables)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        var rows = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"select (to_jsonb(t) - 'mt_last_modified' - 'mt_version')::text from {table} t order by id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            rows[table] = [];
            while (await reader.ReadAsync()) rows[table].Add(reader.GetString(0));
        }
        return rows;
    }

    private async Task<JsonArray> GrievanceList() =>
        await Json(await platform.Get(TestActors.BusinessOffice, "/api/grievances?limit=500"));

    private static async Task<JsonArray> Json(IScenarioResult result) => JsonNode.Parse(await result.ReadAsTextAsync())!.AsArray();
}
