using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Console.Live;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests.MultiNode;

/// <summary>
/// Several nodes (ADR 0144): a change of the oversight read side committed on node A signals the console boards connected to
/// node B (PostgreSQL NOTIFY, relayed by each node's listener), not only A's own.
/// </summary>
public sealed class LiveUpdatesAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_request_lodged_through_node_A_refreshes_a_board_connected_to_node_B()
    {
        await WaitForAsync(async () => (await nodes.SqlRowsAsync(
            $"select pid::text from pg_stat_activity where datname = current_database() and query = 'listen {LiveUpdates.NotificationChannel}'")).Count == 2);
        using var board = nodes.B.Services.GetRequiredService<LiveUpdates>().Subscribe();

        await nodes.A.Post(TestActors.Enterprise, "/api/grievances", new
        {
            channel = "platform", enterpriseName = TestActors.Enterprise.Name, creditCode = TestActors.Enterprise.CreditCode,
            contactPerson = "李明", phone = "13800000001", content = "实时刷新跨节点测试：园区道路照明不足",
        }, 201);

        // The request's case opening is filed by node A's oversight queue; B hears of the commit from PostgreSQL. (A signal of
        // B's listener starting may come first: the board re-reads then, and waits for the next.)
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await foreach (var _ in board.ReadAllAsync(timeout.Token))
                if (await OpeningFiledAsync()) return;
            throw new InvalidOperationException("The board's signals ended.");
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No signal on node B after node A filed the opening within 30 s (filed: {await OpeningFiledAsync()}).");
        }
    }

    private async Task<bool> OpeningFiledAsync() =>
        (await nodes.SqlRowsAsync("select count(*)::text from events.mt_events where type = 'oversight_case_opened'")).Single() == "1";

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("Both nodes were not listening within 30 s.");
            await Task.Delay(100);
        }
    }
}
