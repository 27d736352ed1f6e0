using System.Text.Json.Nodes;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Grievances.Reporting;
using Nanchuan.Testing;
using Wolverine.Persistence.Durability.ScheduledMessageManagement;
using Wolverine.Runtime;

namespace Nanchuan.Platform.Tests.Backup;

/// <summary>
/// Issue 22 point 11: the backup of docs/operations/backup.md — `pg_dump` of a running platform's database, `pg_restore` into
/// a new database, a host started on it — loses nothing: the same case histories, the same figures, the same timers still
/// scheduled. ADR 0090.
/// </summary>
public sealed class BackupRestoreTests
{
    // Monday 2026-12-07 10:00 in Beijing: a working day, so every deadline set now lies days ahead and no timer is due yet.
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_restored_dump_serves_the_same_histories_figures_and_scheduled_timers()
    {
        var original = await TestDatabaseServer.CreateDatabaseAsync("backup");
        var restored = await TestDatabaseServer.CreateDatabaseAsync("restored");
        var dump = Path.Combine(Path.GetTempPath(), $"nanchuan-backup-{Guid.NewGuid():N}.dump");
        try
        {
            Snapshot before;
            string digestBefore;
            await using (var live = await PlatformHost.StartAsync(original, builder => builder.UseClock(new FakeTimeProvider(Now.ToUniversalTime()))))
            {
                var cases = await OpenCasesInSeveralModulesAsync(live);
                // The Grievances monthly report is refreshed in batches after the writes: wait for the batch carrying a marker sent now.
                var marker = new RefreshMonthlyReport(Guid.NewGuid());
                await live.TrackAsync(bus => bus.PublishAsync(marker).AsTask(),
                    tracking => tracking.WaitForExecutionOf<RefreshMonthlyReport[]>(batch => batch.Contains(marker)));
                before = await SnapshotAsync(live, original, cases);
                digestBefore = await Text(live.Get(TestActors.Supervisor, "/api/audit/integrity/digest"));
                // Taken while the host runs and answers: pg_dump reads one consistent snapshot, nothing has to stop.
                await PostgresDump.DumpAsync(original, dump);
            }

            await PostgresDump.RestoreAsync(dump, restored);
            // The dump carries the whole schema: the restored database needs no `resources setup` before a host starts on it.
            await using var host = await PlatformHost.StartAsync(restored, builder =>
            {
                builder.UseClock(new FakeTimeProvider(Now.AddMinutes(5).ToUniversalTime()));
                builder.UseSetting("Database:ApplySchemaAtStartup", "false");
            });
            var after = await SnapshotAsync(host, restored, before.Cases);

            after.Histories.ShouldBe(before.Histories);
            after.ReportRows.ShouldBe(before.ReportRows);
            after.Exports.ShouldBe(before.Exports);
            after.Timers.ShouldBe(before.Timers);
            // The restored events still carry their seals (ADR 0086): the chain verifies and the store's digest is the one of before.
            var chain = await Json(host.Get(TestActors.Supervisor, "/api/audit/integrity"));
            chain["status"]!.GetValue<string>().ShouldBe(ChainReport.Intact, chain.ToJsonString());
            chain["unsealedEvents"]!.GetValue<long>().ShouldBe(0);
            (await Text(host.Get(TestActors.Supervisor, "/api/audit/integrity/digest"))).ShouldBe(digestBefore);
        }
        finally
        {
            File.Delete(dump);
        }
    }

    /// <summary>A registered company (Licensing), an inspection of it (Enforcement) and a request assigned to a department (Grievances, with its deadline timers).</summary>
    private static async Task<Guid[]> OpenCasesInSeveralModulesAsync(IAlbaHost host)
    {
        var clerk = TestActors.ClerkAt("东城");
        var company = $"重庆南川备份测试{Guid.NewGuid():N}"[..16] + "有限公司";
        var registration = (await Json(host.Post(clerk, "/api/licensing/registrations",
            new { servicePoint = "东城", companyName = company, legalRepresentative = "李明", address = "重庆市南川区东城街道金佛大道1号", industry = "茶叶种植与加工" })))["id"]!.GetValue<Guid>();
        await host.TrackAsync(() => host.Post(clerk, $"/api/licensing/registrations/{registration}/acceptance", new { }));
        JsonObject? licence = null;
        await host.TrackAsync(async () => licence = await Json(host.Post(clerk, $"/api/licensing/registrations/{registration}/licence", new { })));
        var creditCode = licence!["creditCode"]!.GetValue<string>();

        var inspection = Guid.Empty;
        await host.TrackAsync(async () => inspection = (await Json(host.Post(TestActors.MarketRegulator, "/api/enforcement/inspections",
            new { creditCode, exceptionType = "specialSupervision", exceptionBasis = "新办企业专项检查", inspectors = new[] { "市场监管局 刘某", "市场监管局 何某" } }, 201)))["id"]!.GetValue<Guid>());

        var enterprise = new Actor("ent-backup", company, Roles.Enterprise, null, creditCode, Channels.Web);
        // Tracked like the other steps: the messages it cascades (the monthly report, the oversight files) are handled before the snapshot.
        var grievance = Guid.Empty;
        await host.TrackAsync(async () => grievance = (await Json(host.Post(enterprise, "/api/grievances",
            new { channel = "platform", enterpriseName = company, creditCode, contactPerson = "李明", phone = "13800000001", content = "园区道路照明不足" }, 201)))["id"]!.GetValue<Guid>());
        await host.TrackAsync(() => host.Post(TestActors.BusinessOffice, $"/api/grievances/{grievance}/assignment",
            new { problemType = "general", handlingUnitId = "qu-shichangjianguanju" }));
        return [registration, inspection, grievance];
    }

    private sealed record Snapshot(Guid[] Cases, List<string> Histories, List<string> ReportRows, List<string> Exports, List<string> Timers);

    private static async Task<Snapshot> SnapshotAsync(IAlbaHost host, string connectionString, Guid[] cases)
    {
        var histories = new List<string>();
        foreach (var id in cases) histories.Add(await Text(host.Get(TestActors.Supervisor, $"/api/audit/streams/{id}")));
        histories.ShouldAllBe(h => h.Length > 100);

        var tables = host.Services.GetRequiredService<IReadOnlyList<INanchuanModule>>().Select(m => m.Reports).OfType<ReportCatalog>().SelectMany(c => c.Tables);
        var rows = await ReportTableChecks.ReportRowsAsync(connectionString, tables);
        rows.Values.Count(r => r.Count > 0).ShouldBeGreaterThanOrEqualTo(3, "the scenario fills report tables of several modules");
        var reportRows = rows.SelectMany(table => table.Value.Select(row => $"{table.Key} {row}")).ToList();

        List<string> exports =
        [
            await Text(host.Get(TestActors.Supervisor, "/api/grievances/reports/monthly_report.csv")),
            await Text(host.Get(TestActors.Supervisor, "/api/licensing/reports/registration_report.csv")),
        ];

        var scheduled = await host.Services.GetRequiredService<IWolverineRuntime>().Storage.ScheduledMessages
            .QueryAsync(new ScheduledMessageQuery { PageSize = 1000 }, CancellationToken.None);
        var timers = scheduled.Messages.OrderBy(m => m.ScheduledTime).ThenBy(m => m.Id)
            .Select(m => $"{m.Id}|{m.MessageType}|{m.ScheduledTime:O}").ToList();
        timers.Count(t => t.Contains(nameof(DeadlineTimerFired), StringComparison.OrdinalIgnoreCase)).ShouldBeGreaterThanOrEqualTo(2, "the grievance's deadlines are watched");
        return new Snapshot(cases, histories, reportRows, exports, timers);
    }

    private static async Task<JsonObject> Json(Task<IScenarioResult> result) => JsonNode.Parse(await (await result).ReadAsTextAsync())!.AsObject();

    private static async Task<string> Text(Task<IScenarioResult> result) => await (await result).ReadAsTextAsync();
}
