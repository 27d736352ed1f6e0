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
    /// <exception cref="InvalidOperationException">Called inside another tracked action (ADR 0078).</exception>
    public static Task<ITrackedSession> TrackAsync(this IHost host, Func<IMessageContext, Task> action, Action<TrackedSessionConfiguration>? waitFor = null)
    {
        if (Tracking.Value) throw new InvalidOperationException(Nested);
        var tracking = host.TrackActivity(Timeout);
        waitFor?.Invoke(tracking);
        return tracking.ExecuteAndWaitAsync(Marked(action));
    }

    /// <summary>The action with the mark set inside it, so the mark flows to what the action awaits and ends with it.</summary>
    private static Func<IMessageContext, Task> Marked(Func<IMessageContext, Task> action) => async context =>
    {
        Tracking.Value = true;
        await action(context);
    };

    /// <summary>
    /// Runs the handler of <paramref name="message"/> and waits until everything it set off has been handled. Inside a tracked
    /// action it runs the handler inline and leaves the waiting to the enclosing session: Wolverine tracks one session per host,
    /// and a second one begun inside the first (as <c>InvokeMessageAndWaitAsync</c> does) takes its place, so the first never
    /// sees the end of a message still running then and times out (ADR 0078).
    /// </summary>
    public static async Task InvokeAndWaitAsync(this IHost host, object message)
    {
        if (Tracking.Value) await host.MessageBus().InvokeAsync(message);
        else await host.TrackAsync(bus => bus.InvokeAsync(message));
    }

    /// <summary>True inside the action of <see cref="TrackAsync(IHost, Func{IMessageContext, Task}, Action{TrackedSessionConfiguration}?)"/>.</summary>
    private static readonly AsyncLocal<bool> Tracking = new();

    private const string Nested =
        "A tracked action may not start another tracked session: Wolverine tracks one per host, so the inner one would take the outer's "
        + "place and the outer would wait for messages it can no longer see (ADR 0078). Inside the action, use InvokeAndWaitAsync "
        + "(it runs inline and leaves the waiting to the outer session), or track the steps one after another.";

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
