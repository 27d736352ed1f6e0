namespace Nanchuan.LandUse.Integration;

/// <summary>Declare that the next <paramref name="FailingCalls"/> calls to a simulated system fail (0 ends the outage).</summary>
public sealed record DeclareOutage(ExternalSystem System, int FailingCalls) : IOpenApiExample<DeclareOutage>
{
    public static DeclareOutage Example => new(ExternalSystem.TaxSystem, 3);
}

public static class SimulatedOutageEndpoint
{
    [WolverinePost("/api/landuse/simulation/outages")]
    [Authorize(Roles = Roles.Admin)]
    [Tags("LandUse")]
    [EndpointSummary("模拟外部系统故障 / Simulate an outage of an external system")]
    [EndpointDescription("Admins only, for rehearsals: the adapters are simulated in this product. Each fetch is retried 3 times, so 3 failing calls make a hand-in fail with 503 naming the system.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static IResult Post(DeclareOutage command, SimulatedExternalSystems systems)
    {
        if (!Enum.IsDefined(command.System)) throw new DomainValidationException("system", "未知系统 / unknown system.");
        if (command.FailingCalls is < 0 or > 100) throw new DomainValidationException("failingCalls", "应在0至100之间 / must be 0–100.");
        systems.DeclareOutage(command.System, command.FailingCalls);
        return Results.NoContent();
    }
}
