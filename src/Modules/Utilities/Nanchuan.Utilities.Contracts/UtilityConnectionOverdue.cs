namespace Nanchuan.Utilities.Contracts;

/// <summary>
/// A utility connection missed a deadline (power on, water connection or payment, gas survey or plan); feeds the
/// BusinessOffice's cross-module supervision dashboard. Its full type name is its wire identity — do not move it.
/// </summary>
/// <param name="Utility">"power", "water" or "gas".</param>
/// <param name="Deadline">Which deadline (e.g. PowerOn, WaterPayment).</param>
/// <param name="Provider">The provider responsible (e.g. 国网南川供电公司).</param>
/// <param name="CreditCode">The applicant's unified social credit code.</param>
public sealed record UtilityConnectionOverdue(
    Guid ConnectionId,
    string Utility,
    string Deadline,
    string Provider,
    string CreditCode,
    string EnterpriseName,
    DateTimeOffset DueAt,
    DateTimeOffset DetectedAt);
