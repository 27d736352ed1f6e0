using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Nanchuan.BuildingBlocks.Platform.Database;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>Outside Development the token endpoint does not exist, a signing key is mandatory, and so are a connection string and a migrated schema.</summary>
public sealed class ProductionHostTests
{
    [Fact]
    public async Task Outside_development_there_is_no_token_endpoint()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("production");
        await using var host = await PlatformHost.StartAsync(database, builder =>
        {
            builder.UseSetting("Auth:SigningKey", "a-production-signing-key-of-at-least-32-bytes");
            builder.UseSetting("Awards:VoterHashKey", "a-production-voter-hash-key");
            builder.UseSetting("Wolverine:TypeLoadMode", "Dynamic");
        }, environment: "Production");

        var result = await host.Scenario(s =>
        {
            s.Post.Json(new DevelopmentTokenRequest("Admin", null, null, null, null)).ToUrl(DevelopmentTokens.Route);
            s.StatusCodeShouldBe(401);
        });
        (await result.ReadAsTextAsync()).ShouldNotContain("accessToken");
    }

    [Fact]
    public async Task Outside_development_a_missing_signing_key_stops_the_start()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("nokey");
        var failure = await Should.ThrowAsync<InvalidOperationException>(() =>
            PlatformHost.StartAsync(database, builder =>
            {
                builder.UseSetting("Wolverine:TypeLoadMode", "Dynamic");
                builder.UseSetting("Awards:VoterHashKey", "a-production-voter-hash-key");
            }, environment: "Production"));
        failure.Message.ShouldContain("Auth:SigningKey");
    }

    [Fact]
    public async Task Outside_development_an_empty_database_told_it_is_migrated_stops_the_start_and_names_resources_setup()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("unmigrated");
        var failure = await Should.ThrowAsync<SchemaMissingException>(() => PlatformHost.StartAsync(database, builder =>
        {
            builder.UseSetting("Auth:SigningKey", "a-production-signing-key-of-at-least-32-bytes");
            builder.UseSetting("Awards:VoterHashKey", "a-production-voter-hash-key");
            builder.UseSetting("Wolverine:TypeLoadMode", "Dynamic");
            builder.UseSetting("Database:ApplySchemaAtStartup", "false");
        }, environment: "Production"));
        failure.Message.ShouldContain("events.mt_streams");
        failure.Message.ShouldContain("resources setup");
    }

    [Fact]
    public void Outside_development_no_connection_string_means_no_embedded_cluster()
    {
        var configuration = new ConfigurationBuilder().Build();
        var environment = new HostingEnvironment { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() };

        var failure = Should.Throw<DatabaseNotConfiguredException>(() => PlatformDatabase.Resolve(configuration, environment, NullLogger.Instance));

        failure.Message.ShouldContain("ConnectionStrings__Nanchuan");
        Directory.Exists(Path.Combine(Path.GetTempPath(), ".data", "postgres")).ShouldBeFalse();
    }
}
