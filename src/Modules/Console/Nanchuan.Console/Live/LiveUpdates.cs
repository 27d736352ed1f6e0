using System.Threading.Channels;
using Marten;
using Marten.Services;

namespace Nanchuan.Console.Live;

/// <summary>
/// Tells open boards that the oversight read side changed (ADR 0084): after any commit that filed an oversight fact (its
/// rows are projected inline, in the same transaction), every subscriber gets a signal and re-reads its page through the API.
/// The signal carries no data, so it cannot leak anything the reader may not see.
/// </summary>
internal sealed class LiveUpdates : DocumentSessionListenerBase
{
    private const string OversightEvents = "Nanchuan.Oversight";
    private readonly Lock _gate = new();
    private readonly List<Channel<DateTimeOffset>> _subscribers = [];

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any(e => e.EventType.Namespace?.StartsWith(OversightEvents, StringComparison.Ordinal) == true)) Notify();
        return Task.CompletedTask;
    }

    public void Notify()
    {
        lock (_gate)
            foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(DateTimeOffset.UtcNow);
    }

    /// <summary>Signals until <paramref name="cancellation"/> ends (the browser went away); bursts collapse into one.</summary>
    public async IAsyncEnumerable<DateTimeOffset> SubscribeAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var channel = Channel.CreateBounded<DateTimeOffset>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate) _subscribers.Add(channel);
        try
        {
            await foreach (var signal in channel.Reader.ReadAllAsync(cancellation)) yield return signal;
        }
        finally
        {
            lock (_gate) _subscribers.Remove(channel);
        }
    }
}
