using System.Text.Json.Nodes;
using Alba;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Grievances.Reporting;
using Nanchuan.Licensing.Reports;
using Nanchuan.Testing;
using Npgsql;
using Wolverine;
using Wolverine.Tracking;
using Xunit.Abstractions;

namespace Nanchuan.Platform.Tests.MultiNode;

/// <summary>
/// Issue 22 point 7 (docs/adr/0122): two nodes on one database behave as one platform — writes through either, the slip and
/// credit-code ledgers without gap or repeat under concurrent intake through both, every deadline timer fired once by exactly
/// one node, and the report tables equal to a rebuild from the events.
/// </summary>
public sealed class TwoNodeTests(TwoNodes nodes, ITestOutputHelper output) : IClassFixture<TwoNodes>
{
    private const int Requests = 6;
    private const int Registrations = 4;

    [Fact]
    public async Task Two_nodes_share_the_writes_ledgers_timers_and_report_tables()
    {
        // Concurrent intake through both nodes. The year's first slip goes alone: two simultaneous first slips of a year
        // cannot queue on a ledger row that does not exist yet (AssignmentSlipLedger), one of them gets a 409.
        var grievances = new Guid[Requests];
        var creditCodes = new string[Registrations];
        await OnBothNodesAsync(async () =>
        {
            grievances[0] = await LodgeAsync(nodes.A, 0);
            await AssignAsync(nodes.B, grievances[0]);
        });
        await OnBothNodesAsync(() => Task.WhenAll(
        [
            .. Enumerable.Range(1, Requests - 1).Select(async i =>
            {
                grievances[i] = await LodgeAsync(Node(i), i);
                await AssignAsync(Node(i + 1), grievances[i]);
            }),
            .. Enumerable.Range(0, Registrations).Select(async i => creditCodes[i] = await RegisterCompanyAsync(i)),
        ]));

        (await nodes.SqlRowsAsync("select (data->>'sequence') from events.mt_events where type = 'assignment_slip_number_issued' order by (data->>'sequence')::int"))
            .ShouldBe(Enumerable.Range(1, Requests).Select(n => n.ToString()), "slip numbers 1…n, none missing, none twice");
        (await nodes.SqlRowsAsync("select (data->>'sequence') from events.mt_events where type = 'organisation_code_allocated' order by (data->>'sequence')::bigint"))
            .ShouldBe(Enumerable.Range(1, Registrations).Select(n => n.ToString()), "organisation codes 1…n, none missing, none twice");
        creditCodes.Distinct().Count().ShouldBe(Registrations);
        (await nodes.B.Get(TestActors.BusinessOffice, "/api/grievances?limit=500").Read<List<JsonObject>>()).Count.ShouldBe(Requests, "node B reads what both wrote");

        // Time passes on both nodes' clocks and every deadline timer comes due at once; executions are counted on both nodes.
        var scheduled = await nodes.SqlRowsAsync(
            "select id::text from wolverine.wolverine_incoming_envelopes where status = 'Scheduled' and message_type ilike '%deadlinetimerfired%'");
        scheduled.Count.ShouldBeGreaterThanOrEqualTo(2 * Requests, "a warning and an overdue check per assigned request at least");
        nodes.SetTime(TwoNodes.Start.AddDays(45));
        var fired = await OnBothNodesAsync(
            () => nodes.ExecuteAsync($"update wolverine.wolverine_incoming_envelopes set execution_time = now() where id in ({string.Join(", ", scheduled.Select(id => $"'{id}'"))})"),
            tracking => tracking.WaitForCondition(new ExecutedTimes<DeadlineTimerFired>(scheduled.Count)));

        var executions = fired.AllRecordsInOrder()
            .Where(r => r.MessageEventType == MessageEventType.MessageSucceeded && r.Envelope?.Message is DeadlineTimerFired)
            .ToList();
        output.WriteLine($"{executions.Count} timer executions: " + string.Join(", ", executions.GroupBy(r => r.UniqueNodeId).Select(g => $"{g.Count()} on node {g.Key}")));
        executions.Select(r => r.Envelope!.Id.ToString()).Order().ShouldBe(scheduled.Order(), "every timer ran, each exactly once");
        (await nodes.SqlRowsAsync("select stream_id::text || ' ' || count(*) from events.mt_events where type = 'handling_overdue' group by stream_id"))
            .ShouldBe(grievances.Select(id => $"{id} 1"), ignoreOrder: true, "each request went overdue once");
        (await nodes.SqlRowsAsync("select count(*)::text from events.mt_events where type = 'handling_deadline_warned' group by stream_id having count(*) > 1"))
            .ShouldBeEmpty("no request was warned twice");

        // Both nodes refreshed the monthly report; after each node's last batch the table equals a recomputation from scratch.
        await MonthlyReportRefreshedAsync(nodes.A);
        await MonthlyReportRefreshedAsync(nodes.B);
        await nodes.ShouldRebuildToTheLiveRowsAsync([Table("grievances.monthly_report")],
            () => nodes.A.InvokeAndWaitAsync(grievances.Select(id => new RefreshMonthlyReport(id)).ToArray()));
        await nodes.ShouldRebuildToTheLiveRowsAsync<LicensingReportTables>(Table("licensing.registration_rows"));
    }

    [Fact]
    public async Task A_monthly_report_refresh_waits_while_another_node_holds_the_tables_refresh_lock()
    {
        var table = Table("grievances.monthly_report");
        await using var connection = new NpgsqlConnection(nodes.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockIt = new NpgsqlCommand("select pg_advisory_xact_lock(@key)", connection))
        {
            lockIt.Parameters.AddWithValue("key", table.RefreshLockKey);
            await lockIt.ExecuteNonQueryAsync();
        }

        var refresh = nodes.B.MessageBus().InvokeAsync(new[] { new RefreshMonthlyReport(Guid.NewGuid()) });
        await Waits.UntilAsync(async () => (await nodes.SqlRowsAsync(
            "select 1 from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())")).Count == 1, "node B's refresh waiting for the lock");
        refresh.IsCompleted.ShouldBeFalse("node B's refresh waits for the lock");

        await transaction.CommitAsync();
        await refresh.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_cookie_one_node_protected_is_read_by_the_other_with_keys_kept_in_the_database()
    {
        // The console's sign-in cookie and its forms' antiforgery tokens are protected this way (ADR 0123).
        var cookie = nodes.A.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("console").Protect("signed in");

        nodes.B.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("console").Unprotect(cookie).ShouldBe("signed in");
        int.Parse((await nodes.SqlRowsAsync("select count(*) from platform.mt_doc_dataprotectionkey")).Single()).ShouldBeGreaterThan(0, "the key ring is in the database");
    }

    private IAlbaHost Node(int i) => i % 2 == 0 ? nodes.A : nodes.B;

    private ReportTable Table(string qualifiedName) =>
        nodes.Services.GetRequiredService<IReadOnlyList<INanchuanModule>>().Select(m => m.Reports).OfType<ReportCatalog>()
            .SelectMany(c => c.Tables).Single(t => t.QualifiedName == qualifiedName);

    private static async Task<Guid> LodgeAsync(IAlbaHost node, int i) =>
        (await Json(node.Post(TestActors.Enterprise, "/api/grievances", new
        {
            channel = "platform", enterpriseName = TestActors.Enterprise.Name, creditCode = TestActors.Enterprise.CreditCode,
            contactPerson = "李明", phone = "13800000001", content = $"园区{i}号路照明不足",
        }, 201)))["id"]!.GetValue<Guid>();

    private static Task AssignAsync(IAlbaHost node, Guid grievance) =>
        node.Post(TestActors.BusinessOffice, $"/api/grievances/{grievance}/assignment", new { problemType = "general", handlingUnitId = "qu-shichangjianguanju" });

    /// <summary>A company's registration filed, accepted and licensed, each step through the other node than the one before.</summary>
    private async Task<string> RegisterCompanyAsync(int i)
    {
        var clerk = TestActors.ClerkAt("东城");
        var registration = (await Json(Node(i).Post(clerk, "/api/licensing/registrations", new
        {
            servicePoint = "东城", companyName = $"重庆南川双节点测试{i}有限公司", legalRepresentative = "李明",
            address = "重庆市南川区东城街道金佛大道1号", industry = "茶叶种植与加工",
        })))["id"]!.GetValue<Guid>();
        await Node(i + 1).Post(clerk, $"/api/licensing/registrations/{registration}/acceptance", new { });
        return (await Json(Node(i).Post(clerk, $"/api/licensing/registrations/{registration}/licence", new { })))["creditCode"]!.GetValue<string>();
    }

    /// <summary>
    /// Runs the action and waits until every message it caused has run on either node. Lost concurrency races are retried by
    /// the platform's policy (a message that keeps failing ends in the dead-letter queue, which fails the fixture).
    /// </summary>
    private Task<ITrackedSession> OnBothNodesAsync(Func<Task> action, Action<TrackedSessionConfiguration>? waitFor = null)
    {
        var tracking = nodes.A.TrackActivity(MessageTracking.Timeout).AlsoTrack(nodes.B).DoNotAssertOnExceptionsDetected();
        waitFor?.Invoke(tracking);
        return tracking.ExecuteAndWaitAsync((IMessageContext _) => action());
    }

    /// <summary>Refreshes run in batches; the batch carrying a marker sent now runs after every refresh this node published before.</summary>
    private static Task MonthlyReportRefreshedAsync(IAlbaHost node)
    {
        var marker = new RefreshMonthlyReport(Guid.NewGuid());
        return node.TrackAsync(bus => bus.PublishAsync(marker).AsTask(),
            tracking => tracking.WaitForExecutionOf<RefreshMonthlyReport[]>(batch => batch.Contains(marker)));
    }

    private static async Task<JsonObject> Json(Task<IScenarioResult> result) => JsonNode.Parse(await (await result).ReadAsTextAsync())!.AsObject();

    /// <summary>Holds a tracked session open until <paramref name="count"/> messages of type <typeparamref name="T"/> have run, on any tracked node.</summary>
    private sealed class ExecutedTimes<T>(int count) : ITrackedCondition
    {
        private int executed;

        public void Record(EnvelopeRecord record)
        {
            if (record.MessageEventType == MessageEventType.MessageSucceeded && record.Envelope?.Message is T) Interlocked.Increment(ref executed);
        }

        public bool IsCompleted() => Volatile.Read(ref executed) >= count;
    }
}
