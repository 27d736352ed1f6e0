using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Licensing.Catalogue;

/// <summary>A catalogued item mirrored as the oversight contract's catalogue event: the cross-module figures compute 时限压缩 from it.</summary>
internal static class CatalogueOversight
{
    public const string CaseType = "catalogue-item";

    public static CatalogueItemListed Listed(ServiceItemCatalogued e, DateTimeOffset at) =>
        new(new OversightCase(LicensingModule.ModuleName, CaseType, e.ItemId, null, e.Department), e.Code, e.Name, e.StatutoryWorkingDays,
            e.PromisedWorkingDays, e.ConcernsEnterprises, at);
}
