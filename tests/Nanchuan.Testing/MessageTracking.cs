using Microsoft.Extensions.Hosting;
using Wolverine;
using Wolverine.Tracking;

namespace Nanchuan.Testing;

/// <summary>
/// Waiting for what a test's action set off — cascaded messages, and scheduled ones the durability agent runs at its
/// next poll — through Wolverine's message tracking. A wait that runs out fails the test with the tracked history.
/// </summary>
public static class MessageTracking
{
    /// <summary>Generous: the first use of a handler compiles it, which on a busy 2-core CI machine takes seconds.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs the action and waits until every message it caused has been handled, and, when <paramref name="waitFor"/>
    /// asks (e.g. <c>t => t.WaitForExecutionOf&lt;SomeTimer&gt;()</c>), until scheduled ones have run too.
    /// </summary>
    public static Task<ITrackedSession> TrackAsync(this IHost host, Func<Task> action, Action<TrackedSessionConfiguration>? waitFor = null) =>
        host.TrackAsync(_ => action(), waitFor);

    /// <summary>As above, for an action that sends messages itself (through the session's message context).</summary>
    public static Task<ITrackedSession> TrackAsync(this IHost host, Func<IMessageContext, Task> action, Action<TrackedSessionConfiguration>? waitFor = null)
    {
        var tracking = host.TrackActivity(Timeout);
        waitFor?.Invoke(tracking);
        return tracking.ExecuteAndWaitAsync(action);
    }

    /// <summary>Also waits until a message of type <typeparamref name="T"/> that matches (e.g. the timer of one case) has run.</summary>
    public static TrackedSessionConfiguration WaitForExecutionOf<T>(this TrackedSessionConfiguration tracking, Func<T, bool> matches)
    {
        tracking.WaitForCondition(new MessageExecuted<T>(matches));
        return tracking;
    }

    /// <summary>
    /// The messages of type <typeparamref name="T"/> the action itself published (sent, or published with no subscriber),
    /// each once — not those of earlier actions whose handling (e.g. the oversight read side's) happened to run meanwhile.
    /// </summary>
    public static IReadOnlyList<T> MessagesPublished<T>(this ITrackedSession session) =>
        session.AllRecordsInOrder()
            .Where(r => r.MessageEventType is MessageEventType.Sent or MessageEventType.NoRoutes)
            .Select(r => r.Envelope?.Message).OfType<T>().Distinct().ToList();

    /// <summary>Waits until <paramref name="count"/> messages of type <typeparamref name="T"/> have run on this host (e.g. one scheduled before a restart).</summary>
    public static Task<ITrackedSession> WaitForExecutionAsync<T>(this IHost host, int count = 1) =>
        host.TrackAsync(() => Task.CompletedTask, tracking => tracking.WaitForExecutionOf<T>(count));
}

/// <summary>
/// Holds a tracked session open until a message of type <typeparamref name="T"/> that matches has run successfully
/// (a failed attempt that is retried does not count).
/// </summary>
public sealed class MessageExecuted<T>(Func<T, bool> matches) : ITrackedCondition
{
    private volatile bool executed;

    public void Record(EnvelopeRecord record)
    {
        if (record.MessageEventType == MessageEventType.MessageSucceeded && record.Envelope?.Message is T message && matches(message)) executed = true;
    }

    public bool IsCompleted() => executed;
}
