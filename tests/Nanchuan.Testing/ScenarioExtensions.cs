using Alba;
using Microsoft.Extensions.Hosting;
using Nanchuan.BuildingBlocks.Actors;
using Wolverine.Tracking;

namespace Nanchuan.Testing;

public static class ScenarioExtensions
{
    /// <summary>Sends the request as <paramref name="actor"/> (bearer token with its role, department, credit code).</summary>
    public static Scenario As(this Scenario scenario, PlatformHost platform, Actor actor)
    {
        scenario.WithRequestHeader("Authorization", $"Bearer {platform.TokenFor(actor)}");
        scenario.WithRequestHeader("X-Channel", actor.Channel);
        return scenario;
    }

    /// <summary>
    /// Runs the action and waits until every message it caused has been handled. The timeout is generous because
    /// the first use of a handler compiles it, which on a busy 2-core CI machine takes seconds.
    /// </summary>
    public static Task<ITrackedSession> TrackAsync(this IHost host, Func<Task> action) =>
        host.TrackActivity(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(_ => action()));
}
