using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Oversight.Receiving;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.Runtime;
using Wolverine.Runtime.Agents;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// Platform rule 10 with the filing desk (ADR 0230) and its queues (ADR 0245): contract messages a node had accepted into its durable
/// inbox when it crashed are recovered by a surviving node, filed (several at once), and each inbox row is marked handled in the
/// transaction that filed its message — a crash between the two can no longer leave a filed message unmarked. So are those of each
/// queue, and those the version before stored for its one queue: Wolverine forwards these to their case's queue (its partitioned
/// topology re-routes a message of its types that arrives elsewhere), marking the old row handled as it stores the new one.
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

        // The state a kill -9 leaves: a node that beat a moment ago and owns accepted, unhandled messages.
        var crashed = await store.Nodes.PersistAsync(new WolverineNode
        {
            NodeId = Guid.NewGuid(), Description = "crashed node", ControlUri = new Uri("dbcontrol://" + Guid.NewGuid()),
            Started = DateTimeOffset.UtcNow.AddMinutes(-5), LastHealthCheck = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        Envelope Accepted(Uri? storedFor = null)
        {
            var @case = new OversightCase("Utilities", "water", Guid.NewGuid(), "91500119MA5U8XRE1G", "南川区自来水公司");
            var envelope = runtime.RoutingFor(typeof(CaseOpened)).RouteForSend(new CaseOpened(@case, "供水接入：DN50", At(2025, 8, 4, 9, 0)), null).Single();
            envelope.Destination = storedFor ?? envelope.Destination;
            envelope.Data = envelope.Serializer!.Write(envelope);
            envelope.OwnerId = crashed;
            envelope.Status = EnvelopeStatus.Incoming;
            return envelope;
        }
        // Two of each queue (a case's queue is a hash of its id: of 64 cases each queue gets some), and two the version before stored
        // for its one queue.
        List<Envelope> queued = [.. Enumerable.Range(0, 64).Select(_ => Accepted()).GroupBy(envelope => envelope.Destination).SelectMany(queue => queue.Take(2))];
        List<Envelope> before = [.. Enumerable.Range(0, 2).Select(_ => Accepted(new Uri($"local://{ContractMessageHandler.FormerQueue}")))];
        queued.Select(e => e.Destination!.Host).Distinct().Order().ShouldBe(ContractMessageHandler.Queues);
        var cases = queued.Concat(before).Select(e => ((CaseOpened)e.Message!).Case).ToList();

        // Forwarding is a handler execution too (Wolverine's re-router): the former queue's two count twice, once forwarded and once
        // filed. Waiting for fewer executions let the test read before the last forwarded one was filed.
        await platform.Host.TrackActivity(TimeSpan.FromSeconds(60)).WaitForExecutionOf<CaseOpened>(cases.Count + before.Count)
            .ExecuteAndWaitAsync((IMessageContext _) => store.Inbox.StoreIncomingAsync([.. queued, .. before]));

        var files = string.Join(", ", cases.Select(c => $"'{Domain.OversightFile.IdOf(c.CaseId)}'"));
        var filings = string.Join(", ", (await platform.SqlRowsAsync($"select distinct xmin::text from events.mt_events where stream_id in ({files})")).Select(x => $"'{x}'"));
        (await platform.SqlRowsAsync($"select 1 from oversight.case_rows where case_id in ({string.Join(", ", cases.Select(c => $"'{c.CaseId}'"))})")).Count.ShouldBe(cases.Count);
        // One mark in each filing's transaction per message it filed: the recovered ones' own rows, the forwarded ones' new rows.
        (await platform.SqlRowsAsync(
            $"select count(*) from wolverine.wolverine_incoming_envelopes where status = 'Handled' and xmin::text in ({filings}) and received_at like 'local://oversight-%'"))
            .ShouldBe([$"{cases.Count}"]);
        (await platform.SqlRowsAsync(
            $"select status from wolverine.wolverine_incoming_envelopes where id in ({string.Join(", ", queued.Concat(before).Select(e => $"'{e.Id}'"))})"))
            .ShouldBe(Enumerable.Repeat("Handled", cases.Count));
    }
}
