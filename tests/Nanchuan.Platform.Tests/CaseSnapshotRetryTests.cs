using JasperFx;
using Marten;
using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.Testing;
using Npgsql;
using Shouldly;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// A case read without a session (ADR 0202) is tried again as a session's read would be: a pooled connection the server has
/// dropped (a restart, a failover) is replaced by the store's resilience pipeline, and the read answers the case.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseSnapshotRetryTests(PlatformHost platform)
{
    private const string Application = "nanchuan-snapshot-retry-test";

    [Fact]
    public async Task A_read_on_a_connection_the_server_dropped_is_tried_again_on_a_new_one()
    {
        // A store of its own, one pooled connection, so the read after the drop takes the dropped connection.
        var connection = new NpgsqlConnectionStringBuilder(platform.ConnectionString) { ApplicationName = Application, MaxPoolSize = 1 };
        await using var store = DocumentStore.For(options =>
        {
            options.Connection(connection.ConnectionString);
            options.DatabaseSchemaName = "snapshot_retry_test";
            options.AutoCreateSchemaObjects = AutoCreate.All;
            options.Schema.For<RetriedCase>();
        });
        var stored = new RetriedCase(Guid.NewGuid(), "南川区某某公司");
        await using (var session = store.LightweightSession())
        {
            session.Store(stored);
            await session.SaveChangesAsync();
        }
        var snapshots = new CaseSnapshots(store);
        (await snapshots.LoadAsync<RetriedCase>(stored.Id, CancellationToken.None)).ShouldBe(stored);

        (await platform.SqlRowsAsync($"select pg_terminate_backend(pid)::text from pg_stat_activity where application_name = '{Application}'")).ShouldBe(["true"]);
        while ((await platform.SqlRowsAsync($"select pid::text from pg_stat_activity where application_name = '{Application}'")).Count > 0) await Task.Delay(50);

        (await snapshots.LoadAsync<RetriedCase>(stored.Id, CancellationToken.None)).ShouldBe(stored);
    }

    public sealed record RetriedCase(Guid Id, string Name);
}
