using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Nanchuan.BuildingBlocks.Platform.Database;
using Nanchuan.Testing;
using Shouldly;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The kit's sender of notices to the other nodes (ADR 0223), shared by the console's live updates and the case-read relay:
/// what it sends is heard by another node's listener, and a lost connection fails one notice and is opened again for the next.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NoticeSenderTests(PlatformHost platform)
{
    private const string Channel = "nanchuan_sender_test";
    private const string Application = "nanchuan-notice-sender-test";
    private readonly Channel<string> _heard = System.Threading.Channels.Channel.CreateUnbounded<string>();

    [Fact]
    public async Task What_it_sends_is_heard_and_a_lost_connection_is_opened_again()
    {
        var listener = platform.Host.Services.GetRequiredService<OtherNodesListener>();
        using var stop = new CancellationTokenSource();
        var listening = listener.ListenAsync(Channel, "node-a", () => _heard.Writer.TryWrite("listening"), body => _heard.Writer.TryWrite(body), () => { }, stop.Token);
        (await NextAsync()).ShouldBe("listening");
        await using var sender = new NoticeSender(Database());

        await sender.SendAsync(Channel, "node-b:1", CancellationToken.None);
        (await NextAsync()).ShouldBe("1");

        (await platform.SqlRowsAsync($"select pg_terminate_backend(pid) from pg_stat_activity where application_name = '{Application}'")).ShouldBe(["True"]);
        while ((await platform.SqlRowsAsync($"select pid from pg_stat_activity where application_name = '{Application}'")).Count > 0) await Task.Delay(50);
        await Should.ThrowAsync<Exception>(() => sender.SendAsync(Channel, "node-b:lost", CancellationToken.None));
        await sender.SendAsync(Channel, "node-b:2", CancellationToken.None);
        (await NextAsync()).ShouldBe("2");

        await stop.CancelAsync();
        await listening;
    }

    private PlatformDatabase Database() => PlatformDatabase.Resolve(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{PlatformDatabase.ConnectionStringName}"] = $"{platform.ConnectionString};Application Name={Application}",
        }).Build(),
        platform.Host.Services.GetRequiredService<IHostEnvironment>(), NullLogger.Instance);

    private async Task<string> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _heard.Reader.ReadAsync(timeout.Token);
    }
}
