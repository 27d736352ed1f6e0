using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// A deployment that migrates the database in a step of its own (`resources setup`) starts the platform with
/// `Database:ApplySchemaAtStartup=false` (docs/adr/0018): the start compares and changes nothing, and the platform serves.
/// </summary>
public sealed class SchemaAtStartupTests
{
    private const string Index = "grievances.mt_doc_grievance_list_credit_code";

    [Fact]
    public async Task A_platform_told_the_schema_is_migrated_changes_nothing_at_start_and_serves()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("migrated");
        await (await PlatformHost.StartAsync(database)).DisposeAsync();
        await ExecuteAsync(database, $"drop index {Index}");

        await using (var host = await PlatformHost.StartAsync(database, builder => builder.UseSetting("Database:ApplySchemaAtStartup", "false")))
        {
            (await IndexExistsAsync(database)).ShouldBeFalse();
            await LodgeAndReadAsync(host);
        }

        // The default start applies the difference again.
        await (await PlatformHost.StartAsync(database)).DisposeAsync();
        (await IndexExistsAsync(database)).ShouldBeTrue();
    }

    private static async Task LodgeAndReadAsync(IAlbaHost host)
    {
        var token = host.Services.GetRequiredService<TokenIssuer>().Issue(TestActors.Enterprise, TimeSpan.FromHours(1));
        var lodged = await host.Scenario(s =>
        {
            s.Post.Json(new
            {
                channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode,
                contactPerson = "王经理", phone = "13812345678", content = "厂区门前道路破损，货车进出困难。",
            }).ToUrl("/api/grievances");
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.StatusCodeShouldBe(201);
        });
        var id = (await lodged.ReadAsJsonAsync<Lodged>()).Id;
        await host.Scenario(s =>
        {
            s.Get.Url($"/api/grievances/{id}");
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.StatusCodeShouldBe(200);
        });
    }

    private sealed record Lodged(Guid Id);

    private static async Task<bool> IndexExistsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand($"select to_regclass('{Index}') is not null", connection);
        return (bool)(await query.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
