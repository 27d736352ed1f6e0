using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>A platform outside Development that could not hash voters must not start, rather than fail at the first vote.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Outside_development_a_missing_voter_hash_key_stops_the_start_and_names_the_setting()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("awards-nokey");
        var failure = await Should.ThrowAsync<OptionsValidationException>(() => PlatformHost.StartAsync(database, builder =>
        {
            builder.UseSetting("Auth:SigningKey", "a-production-signing-key-of-at-least-32-bytes");
            builder.UseSetting("Wolverine:TypeLoadMode", "Dynamic");
        }, environment: "Production"));
        failure.Message.ShouldContain("Awards:VoterHashKey");
        failure.Message.ShouldContain("Awards__VoterHashKey");
    }
}
