using Nanchuan.LandUse.Contracts;

namespace Nanchuan.Licensing.ConstructionNotice;

public static class ConstructionNoticeEndpoint
{
    [WolverineGet("/api/licensing/construction-notice")]
    [Tags("Licensing")]
    [EndpointSummary("企业工程建设审批全流程一次性告知 / One-time notice of the whole construction approval process")]
    [EndpointDescription("supplyType = transfer (出让) or allocation (划拨); conditions = comma-separated ConditionKind names of the project (e.g. CommitmentRoute,TopographicMapOlderThanOneYear). Every stage of the LandUse catalogue with the materials the applicant brings.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static OneTimeNotice Get(string? supplyType, string? conditions, ILandUseStageCatalogue catalogue)
    {
        if (!Enum.TryParse<SupplyType>(supplyType, ignoreCase: true, out var supply) || !Enum.IsDefined(supply))
            throw new DomainValidationException("supplyType", "供地方式应为transfer（出让）或allocation（划拨） / the supply type is transfer or allocation.");
        return ConstructionNoticeDecisions.Build(catalogue.For(supply), ConstructionNoticeDecisions.ParseConditions(conditions));
    }
}
