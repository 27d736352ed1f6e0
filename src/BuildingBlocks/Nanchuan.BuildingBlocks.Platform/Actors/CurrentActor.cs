using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>
/// The actor of the current unit of work, flowing with the async context: set from the token for an HTTP
/// request and from the envelope headers for a message, <see cref="Actor.System"/> otherwise.
/// </summary>
public static class CurrentActor
{
    private static readonly AsyncLocal<Actor?> Ambient = new();

    public static Actor Value => Ambient.Value ?? Actor.System;

    /// <summary>
    /// Sets the actor for the rest of the calling async flow (a message handler's generated method); the value
    /// reverts when that method completes, as async-locals do.
    /// </summary>
    public static void Set(Actor actor) => Ambient.Value = actor;

    public static IDisposable Use(Actor actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(Actor? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
