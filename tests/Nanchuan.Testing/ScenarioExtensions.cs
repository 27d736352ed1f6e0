using Alba;
using Nanchuan.BuildingBlocks.Actors;

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
}
