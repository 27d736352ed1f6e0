using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>
/// The actor of the current unit of work, flowing with the async context: set from the token for an HTTP
/// request and from the envelope headers for a message, <see cref="Actor.System"/> otherwise.
/// </summary>
public static class CurrentActor
{
    // A holder, not the actor itself: a handler that narrows the channel (ActsThrough) runs in an async method of its own,
    // and a replaced async-local value would not flow back to the generated code that saves the events after it returns.
    private static readonly AsyncLocal<Holder?> Ambient = new();

    public static Actor Value => Ambient.Value?.Actor ?? Actor.System;

    /// <summary>
    /// Sets the actor for the rest of the calling async flow (a message handler's generated method); the value
    /// reverts when that method completes, as async-locals do.
    /// </summary>
    public static void Set(Actor actor) => Ambient.Value = new Holder(actor);

    public static IDisposable Use(Actor actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = new Holder(actor);
        return new Restore(previous);
    }

    /// <summary>
    /// The endpoint knows the channel better than the role does (a hotline call entered by the BusinessOffice is `phone`, a box
    /// batch is `box`; ADR 0032): every event and message of the rest of this unit of work carries it.
    /// </summary>
    public static void ActsThrough(string channel)
    {
        if (!Channels.All.Contains(channel)) throw new ArgumentOutOfRangeException(nameof(channel), channel, "unknown channel");
        var holder = Ambient.Value ?? throw new InvalidOperationException("No user is acting: only a user's request has a channel to name.");
        holder.Actor = holder.Actor with { Channel = channel };
    }

    private sealed class Holder(Actor actor)
    {
        public Actor Actor { get; set; } = actor;
    }

    private sealed class Restore(Holder? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
