using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Starts the tests only once the start-up run has recorded the day's digest (<c>DailyDigest</c> runs in the background): a
/// tampering test's edit made before the record would be sealed into it, and the recheck would then find a difference.
/// </summary>
public sealed class IntegrityHost() : ModuleHost(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Beijing))
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var store = Services.GetRequiredService<IDocumentStore>();
        await Waits.UntilAsync(async () =>
        {
            await using var session = store.QuerySession();
            return await session.LoadAsync<DigestRecord>("2026-03-02") is not null;
        }, "the start-up run's digest of 2026-03-02");
    }
}

/// <summary>
/// Tamper evidence (ADR 0086): every event is sealed in its append's transaction, and an edit or a deletion made with SQL is
/// named by the verification. Each test that tampers removes its stream again, so the store verifies between tests.
/// </summary>
public sealed class IntegrityTests(IntegrityHost platform) : IClassFixture<IntegrityHost>
{
    private const string Route = "/api/audit/integrity";

    [Fact]
    public async Task An_unedited_store_verifies_with_every_event_sealed()
    {
        var grievance = await LodgeGrievanceAsync("哈希链测试：厂区门前道路破损。");
        var probe = await ProbeStreamAsync(3);

        var stream = await Report(TestActors.Supervisor, $"{Route}/streams/{grievance}");
        stream.Status.ShouldBe(ChainReport.Intact);
        stream.Events.ShouldBeGreaterThan(0);
        (await Report(TestActors.Admin, $"{Route}/streams/{probe}")).ShouldBe(new ChainReport(ChainReport.Intact, 1, 3, 0, 0, 0, null));

        var store = await Report(TestActors.Supervisor, Route);
        store.Status.ShouldBe(ChainReport.Intact, store.FirstBroken?.ToString());
        store.UnsealedEvents.ShouldBe(0);
        (await platform.SqlRowsAsync("select count(*) from events.mt_events where headers ->> 'seal' is null")).ShouldBe(["0"]);
    }

    [Fact]
    public async Task A_module_event_edited_with_sql_breaks_the_chain_at_that_event()
    {
        var grievance = await LodgeGrievanceAsync("哈希链测试：一条将被改动的诉求。");
        try
        {
            var row = (await platform.SqlRowsAsync($"select version, seq_id, headers ->> 'seal' from events.mt_events where stream_id = '{grievance}' order by version limit 1")).Single().Split('|');
            await ExecuteAsync($"update events.mt_events set data = jsonb_set(data, '{{content}}', '\"诉求已办结，无需处理\"') where stream_id = '{grievance}' and version = {row[0]}");

            var report = await Report(TestActors.Supervisor, $"{Route}/streams/{grievance}");
            report.Status.ShouldBe(ChainReport.Broken);
            report.FirstBroken.ShouldNotBeNull();
            report.FirstBroken.StreamId.ShouldBe(grievance);
            report.FirstBroken.Version.ShouldBe(long.Parse(row[0]));
            report.FirstBroken.Sequence.ShouldBe(long.Parse(row[1]));
            report.FirstBroken.Problem.ShouldBe("sealMismatch");
            report.FirstBroken.Found.ShouldBe(row[2]);
            report.FirstBroken.Expected.ShouldNotBe(row[2]);

            var store = await Report(TestActors.Admin, Route);
            store.Status.ShouldBe(ChainReport.Broken);
            store.BrokenStreams.ShouldBe(1);
            store.FirstBroken.ShouldBe(report.FirstBroken);
        }
        finally
        {
            await RemoveStreamAsync(grievance);
        }
    }

    [Fact]
    public async Task An_edited_header_or_time_breaks_the_chain_too()
    {
        var probe = await ProbeStreamAsync(2);
        try
        {
            await ExecuteAsync($"update events.mt_events set headers = jsonb_set(headers, '{{actorName}}', '\"别人\"') where stream_id = '{probe}' and version = 2");
            (await Report(TestActors.Supervisor, $"{Route}/streams/{probe}")).FirstBroken!.Version.ShouldBe(2);
            await ExecuteAsync($"update events.mt_events set timestamp = timestamp - interval '1 day' where stream_id = '{probe}' and version = 1");
            var report = await Report(TestActors.Supervisor, $"{Route}/streams/{probe}");
            report.FirstBroken!.Version.ShouldBe(1);
            report.FirstBroken.Problem.ShouldBe("sealMismatch");
        }
        finally
        {
            await RemoveStreamAsync(probe);
        }
    }

    [Fact]
    public async Task A_deleted_event_is_named_by_its_missing_version()
    {
        var probe = await ProbeStreamAsync(4);
        try
        {
            await ExecuteAsync($"delete from events.mt_events where stream_id = '{probe}' and version = 2");
            var report = await Report(TestActors.Supervisor, $"{Route}/streams/{probe}");
            report.Status.ShouldBe(ChainReport.Broken);
            report.FirstBroken.ShouldBe(new BrokenLink(probe, 2, null, "versionMissing", "version 2", "version 3"));

            await ExecuteAsync($"delete from events.mt_events where stream_id = '{probe}' and version >= 3");
            (await Report(TestActors.Supervisor, $"{Route}/streams/{probe}")).FirstBroken
                .ShouldBe(new BrokenLink(probe, 2, null, "eventsMissingAtEnd", "version 2..4", "last version 1"));
        }
        finally
        {
            await RemoveStreamAsync(probe);
        }
    }

    [Fact]
    public async Task The_digest_is_reproducible_and_the_day_s_digest_is_recorded_and_rechecked()
    {
        await ProbeStreamAsync(2);
        var first = await Digest();
        (await Digest()).ShouldBe(first);

        await ProbeStreamAsync(1);
        var later = await Digest();
        later.Digest.ShouldNotBe(first.Digest);
        later.UpToSequence.ShouldBeGreaterThan(first.UpToSequence);
        (await Digest($"?upToSequence={first.UpToSequence}")).ShouldBe(first);

        // The daily run recorded the day's digest at start-up; the command line's run finds it and rechecks it.
        var output = new StringWriter();
        (await IntegrityCommandLine.RunAsync(platform.Services, ["digest"], output)).ShouldBe(0, output.ToString());
        output.ToString().ShouldContain("2026-03-02");
        output.ToString().ShouldContain("recomputed: matches");
        var digests = JsonSerializer.Deserialize<List<DigestCheck>>(
            await (await platform.Get(TestActors.Supervisor, $"{Route}/digests")).ReadAsTextAsync(), Web)!;
        digests.Single().Record.Id.ShouldBe("2026-03-02");
        digests.Single().Matches.ShouldBeTrue();
        digests.Single().Recomputed.ShouldBe(digests.Single().Record.Digest);
    }

    [Fact]
    public async Task A_digest_up_to_now_waits_for_an_append_in_flight_below_its_last_sequence_and_covers_it()
    {
        var chain = platform.Services.GetRequiredService<EventChain>();
        await using var held = await HoldAppendOpenAsync();
        var later = await ProbeStreamAsync(1);
        var laterSequence = long.Parse((await platform.SqlRowsAsync($"select seq_id from events.mt_events where stream_id = '{later}'")).Single());
        laterSequence.ShouldBeGreaterThan(held.Sequence);
        try
        {
            var digesting = chain.DigestAsync(null, default);
            // Without the wait the digest would be over by now, up to the later append and without the held one.
            await Task.WhenAny(digesting, Task.Delay(TimeSpan.FromSeconds(2)));
            digesting.IsCompleted.ShouldBeFalse("the digest went ahead while an append with a lower sequence number was in flight");

            await held.Transaction.CommitAsync();
            var digest = await digesting;
            digest.UpToSequence.ShouldBeGreaterThanOrEqualTo(laterSequence);
            (await chain.DigestAsync(digest.UpToSequence, default)).ShouldBe(digest);
        }
        finally
        {
            await RemoveStreamAsync(held.StreamId);
            await RemoveStreamAsync(later);
        }
    }

    [Fact]
    public async Task A_digest_up_to_now_gives_up_after_its_limit_while_an_append_stays_in_flight_and_the_api_answers_503()
    {
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using var held = await HoldAppendOpenAsync();

        await Should.ThrowAsync<StoreNotSettledException>(
            new EventChain(store) { SettleLimit = TimeSpan.FromMilliseconds(300) }.DigestAsync(null, default));
        var problem = BuildingBlocks.Platform.Errors.ProblemDetailsExceptionHandler.ToProblem(new StoreNotSettledException(TimeSpan.FromMinutes(1)))!;
        problem.Status.ShouldBe(503);
        problem.Detail!.ShouldContain("请稍后重试");

        // An explicit upper bound is a recheck of a printed digest: it does not wait.
        (await new EventChain(store) { SettleLimit = TimeSpan.Zero }.DigestAsync(1, default)).UpToSequence.ShouldBe(1);
        await held.Transaction.RollbackAsync();
    }

    [Fact]
    public async Task A_daily_run_that_fails_tries_again_five_minutes_later_and_not_the_next_day()
    {
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        // A day with no record yet, so that the run has a digest to take.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 9, 9, 0, 0, ModuleHost.Beijing));
        var warnings = new WarningSignal();
        var daily = new DailyDigest(new DigestRecorder(store, new EventChain(store) { SettleLimit = TimeSpan.FromMilliseconds(300) }, clock), clock, warnings);
        await using var held = await HoldAppendOpenAsync();
        try
        {
            await daily.StartAsync(default);
            await warnings.First.WaitAsync(TimeSpan.FromSeconds(30));
            await held.Transaction.RollbackAsync();

            clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
            await Task.Delay(TimeSpan.FromSeconds(1));
            (await RecordOfAsync("2026-03-09")).ShouldBeNull("the run tried again before its five minutes were up");

            clock.Advance(TimeSpan.FromSeconds(1));
            await Waits.UntilAsync(async () => await RecordOfAsync("2026-03-09") is not null, "the second try's digest of 2026-03-09");
            (await RecordOfAsync("2026-03-09"))!.RecordedAt.ShouldBe(new DateTimeOffset(2026, 3, 9, 9, 5, 0, ModuleHost.Beijing));
        }
        finally
        {
            await daily.StopAsync(default);
            daily.Dispose();
            await using var session = store.LightweightSession();
            session.Delete<DigestRecord>("2026-03-09");
            await session.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task The_command_line_names_the_first_broken_link()
    {
        var probe = await ProbeStreamAsync(2);
        try
        {
            var output = new StringWriter();
            (await IntegrityCommandLine.RunAsync(platform.Services, ["verify", probe.ToString()], output)).ShouldBe(0, output.ToString());
            await ExecuteAsync($"update events.mt_events set data = '{{\"note\": \"改\"}}' where stream_id = '{probe}' and version = 2");
            output = new StringWriter();
            (await IntegrityCommandLine.RunAsync(platform.Services, ["verify"], output)).ShouldBe(2);
            output.ToString().ShouldContain($"first broken link: stream {probe} version 2");
        }
        finally
        {
            await RemoveStreamAsync(probe);
        }
    }

    [Fact]
    public async Task Supervisors_and_admins_verify_others_may_not_and_an_unknown_stream_is_404()
    {
        foreach (var actor in new[] { TestActors.BusinessOffice, TestActors.MarketRegulator, TestActors.Enterprise })
        {
            await platform.Get(actor, Route, 403);
            await platform.Get(actor, $"{Route}/digests", 403);
        }
        await platform.Get(TestActors.Supervisor, $"{Route}/streams/{Guid.NewGuid()}", 404);
        await platform.Get(TestActors.Admin, $"{Route}/digest?upToSequence=-1", 400);
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private async Task<ChainReport> Report(Nanchuan.BuildingBlocks.Actors.Actor actor, string url) =>
        JsonSerializer.Deserialize<ChainReport>(await (await platform.Get(actor, url)).ReadAsTextAsync(), Web)!;

    private async Task<StoreDigest> Digest(string query = "") =>
        JsonSerializer.Deserialize<StoreDigest>(await (await platform.Get(TestActors.Admin, $"{Route}/digest{query}")).ReadAsTextAsync(), Web)!;

    private async Task<Guid> LodgeGrievanceAsync(string content)
    {
        var created = await platform.Post(TestActors.Enterprise, "/api/grievances", new
        {
            channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode,
            contactPerson = "王经理", phone = "13812345678", content,
        }, 201);
        return JsonDocument.Parse(await created.ReadAsTextAsync()).RootElement.GetProperty("id").GetGuid();
    }

    private Task<Guid> ProbeStreamAsync(int events) => platform.ProbeStreamAsync(events);

    /// <summary>An event appended in a transaction the test commits or rolls back itself: an append in flight.</summary>
    private async Task<HeldAppend> HoldAppendOpenAsync()
    {
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        var streamId = Guid.NewGuid();
        await using (var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction)))
        {
            session.Events.StartStream(streamId, new IntegrityProbe("在途"));
            await session.SaveChangesAsync();
        }
        await using var read = new Npgsql.NpgsqlCommand("select seq_id from events.mt_events where stream_id = @id", connection, transaction);
        read.Parameters.AddWithValue("id", streamId);
        return new HeldAppend(streamId, (long)(await read.ExecuteScalarAsync())!, connection, transaction);
    }

    private async Task<DigestRecord?> RecordOfAsync(string day)
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<DigestRecord>(day);
    }

    private Task RemoveStreamAsync(Guid id) =>
        ExecuteAsync($"delete from events.mt_events where stream_id = '{id}'; delete from events.mt_streams where id = '{id}'");

    private Task ExecuteAsync(string sql) => platform.ExecuteAsync(sql);
}

public sealed record IntegrityProbe(string Note);

/// <summary>The daily run's log, which says when a run has failed: the test then knows its retry is waiting on the clock.</summary>
internal sealed class WarningSignal : ILogger<DailyDigest>
{
    private readonly TaskCompletionSource warned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task First => warned.Task;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel == LogLevel.Warning) warned.TrySetResult();
    }
}

/// <summary>A held-open append's stream, connection and transaction; disposing rolls back whatever is still open.</summary>
internal sealed record HeldAppend(Guid StreamId, long Sequence, Npgsql.NpgsqlConnection Connection, Npgsql.NpgsqlTransaction Transaction) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}

public static class IntegrityProbes
{
    /// <summary>A stream of <paramref name="events"/> events of a type no module knows, appended one save at a time.</summary>
    public static async Task<Guid> ProbeStreamAsync(this PlatformHost platform, int events, Guid? existing = null)
    {
        var id = existing ?? Guid.NewGuid();
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        for (var i = 1; i <= events; i++)
        {
            await using var session = store.LightweightSession();
            if (i == 1 && existing is null) session.Events.StartStream(id, new IntegrityProbe($"第{i}条"));
            else session.Events.Append(id, new IntegrityProbe($"第{i}条"));
            await session.SaveChangesAsync();
        }
        return id;
    }
}
