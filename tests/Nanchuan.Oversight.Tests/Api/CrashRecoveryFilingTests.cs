using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Oversight.Receiving;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.Runtime;
using Wolverine.Runtime.Agents;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// Platform rule 10 with the filing desk (ADR 0230): contract messages a node had accepted into its durable inbox when it crashed
/// are recovered by a surviving node, filed (several at once), and each inbox row is marked handled in the transaction that filed
/// its message — a crash between the two can no longer leave a filed message unmarked.
/// </summary>
public sealed class CrashRecoveryFilingTests : IAsyncLifetime
{
    private readonly OversightHost platform = new();

    public Task InitializeAsync() => platform.InitializeAsync();

    public Task DisposeAsync() => platform.DisposeAsync();

    [Fact]
    public async Task Messages_in_the_inbox_of_a_crashed_node_are_filed_and_marked_in_their_filing_transactions()
    {
        platform.SetTime(At(2025, 8, 4, 10, 0));
        var runtime = platform.Services.GetRequiredService<IWolverineRuntime>();
        var store = platform.Services.GetRequiredService<IMessageStore>();
        var cases = Enumerable.Range(1, 6).Select(n => new OversightCase("Utilities", "water", Guid.NewGuid(), "91500119MA5U8XRE1G", "南川区自来水公司")).ToList();

        // The state a kill -9 leaves: a node that beat a moment ago and owns accepted, unhandled messages.
        var crashed = await store.Nodes.PersistAsync(new WolverineNode
        {
            NodeId = Guid.NewGuid(), Description = "crashed node", ControlUri = new Uri("dbcontrol://" + Guid.NewGuid()),
            Started = DateTimeOffset.UtcNow.AddMinutes(-5), LastHealthCheck = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        var envelopes = cases.Select(c =>
        {
            var envelope = runtime.RoutingFor(typeof(CaseOpened)).RouteForSend(new CaseOpened(c, "供水接入：DN50", At(2025, 8, 4, 9, 0)), null).Single();
            envelope.Data = envelope.Serializer!.Write(envelope);
            envelope.OwnerId = crashed;
            envelope.Status = EnvelopeStatus.Incoming;
            return envelope;
        }).ToList();
        envelopes.ShouldAllBe(e => e.Destination!.Host == ContractMessageHandler.Queue);

        await platform.Host.TrackActivity(TimeSpan.FromSeconds(60)).WaitForExecutionOf<CaseOpened>(envelopes.Count)
            .ExecuteAndWaitAsync((IMessageContext _) => store.Inbox.StoreIncomingAsync(envelopes));

        var files = string.Join(", ", cases.Select(c => $"'{Domain.OversightFile.IdOf(c.CaseId)}'"));
        var filings = await platform.SqlRowsAsync($"select distinct xmin::text from events.mt_events where stream_id in ({files})");
        var marks = await platform.SqlRowsAsync(
            $"select xmin::text from wolverine.wolverine_incoming_envelopes where status = 'Handled' and id in ({string.Join(", ", envelopes.Select(e => $"'{e.Id}'"))})");
        marks.Count.ShouldBe(envelopes.Count);
        marks.ShouldBeSubsetOf(filings);
        (await platform.SqlRowsAsync($"select 1 from oversight.case_rows where case_id in ({string.Join(", ", cases.Select(c => $"'{c.CaseId}'"))})")).Count.ShouldBe(6);
    }
}
