using System.Threading.Channels;
using Marten;
using Marten.Services;
using Nanchuan.BuildingBlocks.Platform.Erasure;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// The cases a commit of this node changed (ADR 0168): forgotten by this node's <see cref="CaseTagCache"/> at once — before the
/// write's answer is sent — and queued for <see cref="CaseChangeRelay"/>, which tells the other nodes after the commit. Not a
/// <c>NOTIFY</c> inside the write's transaction: PostgreSQL serialises every committing transaction that notifies under one
/// database-wide lock, held through the commit's WAL flush, which would put all writes of all modules in single file.
/// </summary>
internal sealed class CaseChanges(CaseTagCache cache) : DocumentSessionListenerBase
{
    /// <summary>The PostgreSQL notification channel: payload <c>{node id}:{case id},{case id}…</c>.</summary>
    public const string NotificationChannel = "nanchuan_case_changed";

    private readonly Channel<Guid> _unsent = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>This process among the nodes: its own notices come back to it and are skipped.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Changed cases not yet told to the other nodes.</summary>
    public ChannelReader<Guid> Unsent => _unsent.Reader;

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var ids = commit.GetStreams().Select(stream => stream.Id).Where(id => id != Guid.Empty).ToList();
        // An erasure rewrote cases by SQL, without appending to them: the commit that records it names them.
        foreach (var erased in commit.GetEvents().Select(e => e.Data).OfType<PersonalDataErased>())
        {
            ids.AddRange(erased.Streams.Select(stream => stream.StreamId));
            ids.AddRange(erased.Documents.Select(document => Guid.TryParse(document.Id, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty));
        }
        if (ids.Count > 0) Changed(ids);
        return Task.CompletedTask;
    }

    private void Changed(List<Guid> ids)
    {
        cache.Changed(ids);
        foreach (var id in ids) _unsent.Writer.TryWrite(id);
    }
}
