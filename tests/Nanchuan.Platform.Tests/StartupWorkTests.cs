using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Work taken off the start's path (bench S8, docs/adr/0146) still happens when it is needed: the data-protection key ring
/// (the console's cookies and forms, ADR 0123) is read and, on a new database, created at its first use instead of before the
/// host serves. (The schema presence check's two outcomes are pinned by SchemaAtStartupTests and ProductionHostTests.)
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

    private static async Task<long> KeysAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from platform.mt_doc_dataprotectionkey", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
