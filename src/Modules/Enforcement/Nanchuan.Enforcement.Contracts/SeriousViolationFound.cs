namespace Nanchuan.Enforcement.Contracts;

/// <summary>
/// An inspection found a serious violation (严重违法) and referred it to the competent department. Published for other
/// modules: Procurement counts it as a credit incident of the enterprise.
/// </summary>
/// <param name="InspectionId">The inspection case (its history is /api/audit/streams/{id}).</param>
/// <param name="CreditCode">The enterprise's unified social credit code.</param>
/// <param name="Department">The department the violation was referred to.</param>
/// <param name="ItemCode">The checklist item, e.g. "IN-01".</param>
/// <param name="Item">What the item checks, in Chinese.</param>
/// <param name="LegalBasis">The law the item applies.</param>
public sealed record SeriousViolationFound(
    Guid InspectionId,
    string CreditCode,
    string EnterpriseName,
    string Department,
    string ItemCode,
    string Item,
    string LegalBasis,
    DateTimeOffset FoundAt);
