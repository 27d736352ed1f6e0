using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Platform.Startup;
using Nanchuan.Platform.Tests.Telemetry;
using Nanchuan.Testing;
using Npgsql;
using OpenTelemetry.Metrics;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Work taken off the start's path (bench S8, docs/adr/0146) still happens when it is needed: the data-protection key ring
/// (the console's cookies and forms, ADR 0123) is read and, on a new database, created at its first use instead of before the
/// host serves. (The schema presence check's two outcomes are pinned by SchemaAtStartupTests and ProductionHostTests.)
/// Work moved to pool threads (ADR 0211) fails loudly: logged with its name when it fails, thrown where it is used (ADR 0238).
/// </summary>
public sealed class StartupWorkTests
{
    [Fact]
    public async Task The_key_ring_is_not_touched_by_the_start_and_is_created_in_the_database_at_its_first_use()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("keyring");
        await using var host = await PlatformHost.StartAsync(database);

        host.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ShouldNotContain("DataProtectionHostedService");
        (await KeysAsync(database)).ShouldBe(0L, "the start neither read nor created a key");

        var protector = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("console");
        protector.Unprotect(protector.Protect("signed in")).ShouldBe("signed in");
        (await KeysAsync(database)).ShouldBeGreaterThan(0L, "the first use created the key, in the database");
    }

    [Fact]
    public async Task A_piece_of_the_start_that_fails_is_logged_with_its_name_and_its_exception_stops_the_start()
    {
        var logs = new LogCapture();
        var database = await TestDatabaseServer.CreateDatabaseAsync("brokenpiece");

        var thrown = await Should.ThrowAsync<BrokenPieceException>(() => PlatformHost.StartAsync(database, builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton<MeterProvider>(_ => throw new BrokenPieceException());
        })));

        var logged = logs.Records.Where(r => r.Category == "Nanchuan.Startup").ShouldHaveSingleItem();
        logged.Message.ShouldContain("metrics provider");
        logged.Exception.ShouldBeSameAs(thrown, "the start stops with the exception the piece's own build threw and logged");
    }

    [Fact]
    public async Task A_piece_that_fails_before_the_logger_exists_is_logged_when_it_is_given_and_one_after_before_its_user_sees_it()
    {
        var logs = new LogCapture();
        var pieces = new StartupPieces();

        var early = pieces.Begin<int>("early piece", () => throw new BrokenPieceException());
        var earlyFailure = await Should.ThrowAsync<BrokenPieceException>(early);
        logs.Records.ShouldBeEmpty();
        pieces.LogTo(logs.CreateLogger("Nanchuan.Startup"));
        logs.Records.ShouldHaveSingleItem().Exception.ShouldBeSameAs(earlyFailure);

        var late = pieces.Begin<int>("late piece", () => throw new BrokenPieceException());
        var lateFailure = await Should.ThrowAsync<BrokenPieceException>(late);
        logs.Records.Count.ShouldBe(2, "logged before the task failed, so before its user threw");
        logs.Records[1].Message.ShouldContain("late piece");
        logs.Records[1].Exception.ShouldBeSameAs(lateFailure);
        (await pieces.Begin("working piece", () => 42)).ShouldBe(42);
        logs.Records.Count.ShouldBe(2);
    }

    private sealed class BrokenPieceException() : Exception("a start-up piece that cannot be built (test)");

    private static async Task<long> KeysAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from platform.mt_doc_dataprotectionkey", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
