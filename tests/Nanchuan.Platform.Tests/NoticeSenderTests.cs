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
/// what it sends is heard by another node's listener, and a lost connection fails one notice and is opened again for the next;
/// the relays' notice loop (ADR 0240) goes on after a failed notice.
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

    [Fact]
    public async Task The_notice_loop_sends_what_the_relay_takes_hands_a_failure_to_it_and_goes_on()
    {
        var listener = platform.Host.Services.GetRequiredService<OtherNodesListener>();
        using var stop = new CancellationTokenSource();
        var listening = listener.ListenAsync(Channel, "node-a", () => _heard.Writer.TryWrite("listening"), body => _heard.Writer.TryWrite(body), () => { }, stop.Token);
        (await NextAsync()).ShouldBe("listening");
        await using var sender = new NoticeSender(Database());
        var pending = System.Threading.Channels.Channel.CreateUnbounded<string>();
        var failures = System.Threading.Channels.Channel.CreateUnbounded<Exception>();
        var loop = sender.TellOtherNodesAsync(Channel, pending.Reader, items => items.TryRead(out var item) ? $"node-b:{item}" : "node-b:none",
            TimeSpan.Zero, failure => failures.Writer.TryWrite(failure), stop.Token);

        pending.Writer.TryWrite("1");
        (await NextAsync()).ShouldBe("1");
        (await platform.SqlRowsAsync($"select pg_terminate_backend(pid) from pg_stat_activity where application_name = '{Application}'")).ShouldBe(["True"]);
        while ((await platform.SqlRowsAsync($"select pid from pg_stat_activity where application_name = '{Application}'")).Count > 0) await Task.Delay(50);
        pending.Writer.TryWrite("lost");
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            (await failures.Reader.ReadAsync(timeout.Token)).ShouldBeAssignableTo<Exception>();
        pending.Writer.TryWrite("2");
        (await NextAsync()).ShouldBe("2", "the notice after the failed one is sent, on a connection opened again");

        pending.Writer.Complete();
        await loop; // ends with the pending items
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
