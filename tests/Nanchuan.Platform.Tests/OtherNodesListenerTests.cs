using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Database;
using Nanchuan.Testing;
using Shouldly;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The kit's listener for other nodes' notices (ADR 0144, ADR 0168), used by the console's live updates and the case-read
/// relay: it hears other nodes' notices only, says when it stops on a lost connection, and listens again by itself.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OtherNodesListenerTests(PlatformHost platform)
{
    private const string Channel = "nanchuan_listener_test";
    private readonly Channel<string> _happened = System.Threading.Channels.Channel.CreateUnbounded<string>();

    [Fact]
    public async Task It_hears_other_nodes_only_stops_when_its_connection_is_lost_and_listens_again()
    {
        var listener = platform.Host.Services.GetRequiredService<OtherNodesListener>();
        using var stop = new CancellationTokenSource();
        var listening = listener.ListenAsync(
            Channel, "node-a", () => Happened("listening"), body => Happened($"heard {body}"), () => Happened("stopped"), stop.Token);
        (await NextAsync()).ShouldBe("listening");

        await NotifyAsync("node-a:own"); // its own notice comes back to it, and is skipped
        await NotifyAsync("node-b:1,2");
        await NotifyAsync("node-c");
        (await NextAsync()).ShouldBe("heard 1,2");
        (await NextAsync()).ShouldBe("heard ");

        await platform.SqlRowsAsync($"select pg_terminate_backend(pid)::text from pg_stat_activity where query = 'listen {Channel}'");
        (await NextAsync()).ShouldBe("stopped");
        (await NextAsync()).ShouldBe("listening"); // 5 s later, on a new connection
        await NotifyAsync("node-b:3");
        (await NextAsync()).ShouldBe("heard 3");

        await stop.CancelAsync();
        await listening;
        (await NextAsync()).ShouldBe("stopped");
        _happened.Reader.TryRead(out var more).ShouldBeFalse(more);
    }

    private void Happened(string what) => _happened.Writer.TryWrite(what);

    private async Task<string> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _happened.Reader.ReadAsync(timeout.Token);
    }

    private Task NotifyAsync(string payload) => platform.SqlRowsAsync($"select pg_notify('{Channel}', '{payload}')::text");
}
