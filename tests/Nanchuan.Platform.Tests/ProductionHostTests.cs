using Alba;
using Microsoft.AspNetCore.Hosting;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>Outside Development the token endpoint does not exist and a signing key is mandatory.</summary>
public sealed class ProductionHostTests
{
    [Fact]
    public async Task Outside_development_there_is_no_token_endpoint()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("production");
        await using var host = await PlatformHost.StartAsync(database, builder =>
        {
            builder.UseSetting("Auth:SigningKey", "a-production-signing-key-of-at-least-32-bytes");
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
            PlatformHost.StartAsync(database, builder => builder.UseSetting("Wolverine:TypeLoadMode", "Dynamic"), environment: "Production"));
        failure.Message.ShouldContain("Auth:SigningKey");
    }
}
