using System.Security.Claims;
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
    public static void Set(Actor actor) => Ambient.Value = new Holder(actor, null, null);

    public static IDisposable Use(Actor actor) => Use(new Holder(actor, null, null));

    /// <summary>
    /// The signed-in user of a request as the actor: read from the token's claims when first asked for, since many reads never
    /// ask (bench S4, ADR 0161). A principal that names no actor leaves the actor as it was. Like <see cref="Set"/>, for the
    /// rest of the calling async method (the request's middleware), whose async-locals revert when it returns: nothing to undo
    /// (ADR 0206).
    /// </summary>
    internal static void ActAsUserOf(ClaimsPrincipal user) => Ambient.Value = new Holder(null, user, Ambient.Value);

    /// <summary>
    /// The signed-in user's actor, already read from a remembered token's claims (ADR 0217), for the rest of the calling async
    /// method as <see cref="ActAsUserOf"/>; null (claims naming no actor) leaves the actor as it was.
    /// </summary>
    internal static void ActAs(Actor? actor) => Ambient.Value = new Holder(actor, null, Ambient.Value);

    /// <summary>
    /// The endpoint knows the channel better than the role does (a hotline call entered by the BusinessOffice is `phone`, a box
    /// batch is `box`; ADR 0032): every event and message of the rest of this unit of work carries it.
    /// </summary>
    public static void ActsThrough(string channel)
    {
        if (!Channels.All.Contains(channel)) throw new ArgumentOutOfRangeException(nameof(channel), channel, "unknown channel");
        var holder = Ambient.Value;
        if (holder?.Actor is not { } actor) throw new InvalidOperationException("No user is acting: only a user's request has a channel to name.");
        holder.Narrow(actor with { Channel = channel });
    }

    private static Restore Use(Holder holder)
    {
        var previous = Ambient.Value;
        Ambient.Value = holder;
        return new Restore(previous);
    }

    /// <summary>An actor given, or the one a user's claims name (read once, at the first ask), or else the enclosing one.</summary>
    private sealed class Holder(Actor? actor, ClaimsPrincipal? user, Holder? enclosing)
    {
        private Actor? actor = actor;

        public Actor? Actor => Volatile.Read(ref actor) ?? Read();

        public void Narrow(Actor narrowed) => Volatile.Write(ref actor, narrowed);

        private Actor? Read()
        {
            if (user is null || ActorClaims.FromPrincipal(user) is not { } read) return enclosing?.Actor;
            // Two threads of one request may ask at once: the first answer stays, and a narrowed channel is never overwritten.
            return Interlocked.CompareExchange(ref actor, read, null) ?? read;
        }
    }

    private sealed class Restore(Holder? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
