namespace Nanchuan.LandUse.Catalogue;

public static class CatalogueQueries
{
    [WolverineGet("/api/landuse/catalogue/{supplyType}")]
    [Tags("LandUse")]
    [EndpointSummary("“一码办”各环节材料清单 / Stage catalogue of the one-code process")]
    [EndpointDescription("The seven stages for `transfer` (出让) or `allocation` (划拨): every material with its change (keep / exempt / movedEarlier / merged), source, way of getting it and conditions, the outputs, and the baseline (13 steps, 36 materials before).")]
    [ProducesResponseType<LandUseStageCatalogue>(StatusCodes.Status200OK)]
    public static LandUseStageCatalogue Get(SupplyType supplyType, ILandUseStageCatalogue catalogue) => catalogue.For(supplyType);
}

/// <summary>Answers the public query message for other modules (Licensing's one-time full-process notice).</summary>
public static class GetLandUseStageCatalogueHandler
{
    public static LandUseStageCatalogue Handle(GetLandUseStageCatalogue query, ILandUseStageCatalogue catalogue) => catalogue.For(query.SupplyType);
}
