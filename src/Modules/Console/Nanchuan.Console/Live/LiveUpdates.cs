using System.Threading.Channels;
using Marten;
using Marten.Services;

namespace Nanchuan.Console.Live;

/// <summary>
/// Tells open boards that the oversight read side changed (ADR 0084): after any commit that filed an oversight fact (its
/// rows are projected inline, in the same transaction), every subscriber gets a signal and re-reads its page through the API.
/// The signal carries no data, so it cannot leak anything the reader may not see. After the commit, a PostgreSQL
/// <c>NOTIFY</c> naming this node leaves through <see cref="LiveUpdatesRelay"/>, which turns the other nodes' notices into signals
/// on this one (ADR 0144). Not inside the commit: a transaction that notifies commits in single file with every other one that
/// does (ADR 0223); the commits filed while a notice is on its way are told by one more.
/// </summary>
internal sealed class LiveUpdates(TimeProvider time) : DocumentSessionListenerBase
{
    /// <summary>The PostgreSQL notification channel of oversight changes.</summary>
    public const string NotificationChannel = "nanchuan_console_live";

    private const string OversightEvents = "Nanchuan.Oversight";
    private readonly Lock _gate = new();
    private readonly List<Channel<DateTimeOffset>> _subscribers = [];
    private readonly Channel<bool> _untold = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>This process among the nodes: its own notifications come back to it, and are not signalled twice.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>A notice to the other nodes is due: at most one waits while another is sent (<see cref="LiveUpdatesRelay"/>).</summary>
    public ChannelReader<bool> Untold => _untold.Reader;

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (FilesOversightFacts(commit.GetEvents().Select(e => e.EventType)))
        {
            Notify();
            _untold.Writer.TryWrite(true);
        }
        return Task.CompletedTask;
    }

    private static bool FilesOversightFacts(IEnumerable<Type> eventTypes) =>
        eventTypes.Any(type => type.Namespace?.StartsWith(OversightEvents, StringComparison.Ordinal) == true);

    public void Notify()
    {
        lock (_gate)
            foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(time.GetUtcNow());
    }

    /// <summary>A new subscriber, registered at once (so no change after this call is missed); dispose it when the browser left.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<DateTimeOffset>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate) _subscribers.Add(channel);
        return new Subscription(channel.Reader, () =>
        {
            lock (_gate) _subscribers.Remove(channel);
        });
    }

    /// <summary>One browser's signals; a burst of changes collapses into one.</summary>
    public sealed class Subscription(ChannelReader<DateTimeOffset> signals, Action leave) : IDisposable
    {
        public IAsyncEnumerable<DateTimeOffset> ReadAllAsync(CancellationToken cancellation) => signals.ReadAllAsync(cancellation);

        public void Dispose() => leave();
    }
}
