using System.Data;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Wolverine.Persistence.Durability;

namespace Nanchuan.Oversight.Receiving;

/// <summary>One message of the contract waiting to be filed: its envelope and the facts it carries, in the order they are filed.</summary>
internal sealed record ContractFiling(Envelope Envelope, IReadOnlyList<object> Messages)
{
    public Guid FileId { get; } = OversightFile.IdOf(OversightFiling.CaseOf(Messages[0]).CaseId);
}

/// <summary>
/// Files messages of different cases in one transaction (ADR 0230): their files fetched in one round trip, each message's facts
/// appended to its file with the metadata its own handler's session would have given them (its correlation, causation and actor),
/// each message's inbox row marked handled, one commit.
/// </summary>
internal sealed class FilingTransaction(IDocumentStore store, InboxMarks inbox)
{
    public async Task FileAsync(IReadOnlyList<ContractFiling> filings, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession(IsolationLevel.ReadCommitted);
        var streams = await session.Events.FetchManyForWriting<OversightFile>([.. filings.Select(f => f.FileId)], cancellation);
        var marked = new List<Envelope>(filings.Count);
        for (var i = 0; i < filings.Count; i++)
        {
            Append(streams[i], filings[i].Messages);
            Stamp(streams[i].Events, filings[i].Envelope);
            if (inbox.Enlist(session, filings[i].Envelope)) marked.Add(filings[i].Envelope);
        }
        await session.SaveChangesAsync(cancellation);
        // Committed with their marks: Wolverine's receiver sees them handled and writes nothing more for them.
        foreach (var envelope in marked) envelope.Status = EnvelopeStatus.Handled;
    }

    /// <summary>Messages of one case filed in order, each decided on the file as the ones before it left it.</summary>
    private static void Append(JasperFx.Events.IEventStream<OversightFile> stream, IReadOnlyList<object> messages)
    {
        // Marten applies the appended events to the file it fetched (the inline snapshot) when it saves: the facts after the
        // first message are decided on a file of the handler's own (a new one; a copy of the snapshot when the file existed).
        var file = stream.Aggregate is null ? new OversightFile { Id = stream.Id }
            : messages.Count == 1 ? stream.Aggregate
            : stream.Aggregate.Copy();
        foreach (var message in messages)
            foreach (var filed in OversightFiling.Of(file, message))
            {
                stream.AppendOne(filed);
                if (!ReferenceEquals(file, stream.Aggregate)) file.Record(filed);
            }
    }

    /// <summary>What Wolverine's session for the message would stamp: the request's correlation id, the message as the cause, its actor.</summary>
    private static void Stamp(IEnumerable<JasperFx.Events.IEvent> events, Envelope envelope)
    {
        var actor = ActorEnvelopeHeaders.Read(envelope) ?? Actor.System;
        var causation = envelope.Headers.TryGetValue("causation-id", out var header) && !string.IsNullOrEmpty(header) ? header : envelope.Id.ToString();
        foreach (var @event in events)
        {
            EventMetadataStamp.Stamp(@event, actor);
            @event.CorrelationId = envelope.CorrelationId;
            @event.CausationId = causation;
        }
    }
}
