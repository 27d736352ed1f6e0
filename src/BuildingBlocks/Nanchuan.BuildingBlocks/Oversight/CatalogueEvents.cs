namespace Nanchuan.BuildingBlocks.Oversight;

// The oversight contract's catalogue events (integration events); their full type names are their wire identity — do not move them.

/// <summary>
/// A service item entered a module's catalogue (事项清单) with its statutory limit (法定时限) and the limit the district promises
/// (承诺时限), both in working days: the cross-module figures compute the catalogue's compression (时限压缩) from these.
/// </summary>
/// <param name="Item">The item as a case of the contract: its module, the case type "catalogue-item", its id and implementing department.</param>
/// <param name="Code">The item's code, e.g. "XK-500119-001".</param>
/// <param name="Name">The item's name, e.g. "食品经营许可".</param>
/// <param name="StatutoryWorkingDays">The statutory limit (法定时限) in working days.</param>
/// <param name="PromisedWorkingDays">The promised limit (承诺时限) in working days, in half-day steps; 0 for an immediate item (即办件).</param>
/// <param name="ConcernsEnterprises">Whether it concerns enterprises (the compression target applies to those).</param>
/// <param name="ListedAt">When it entered the catalogue.</param>
public sealed record CatalogueItemListed(
    OversightCase Item, string Code, string Name, int StatutoryWorkingDays, decimal PromisedWorkingDays, bool ConcernsEnterprises, DateTimeOffset ListedAt);
