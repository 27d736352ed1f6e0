namespace Nanchuan.Judiciary.Contracts;

/// <summary>
/// A responsible unit resolved an enterprise dispute the district conflict-mediation centre assigned to it (限时调处 reported as
/// resolved). Resolving enterprise cases is a key item of the district's 平安建设 assessment: published so that assessment
/// and other modules (e.g. Awards' KPI snapshots) can count it per unit and month.
/// </summary>
/// <param name="CaseId">The dispute case (its history is /api/audit/streams/{id}).</param>
/// <param name="CreditCode">The enterprise's unified social credit code.</param>
/// <param name="Unit">The responsible unit that mediated it.</param>
/// <param name="Month">The Beijing-time month of the result (yyyy-MM), the assessment's period.</param>
/// <param name="OnTime">Reported within the mediation limit.</param>
public sealed record EnterpriseDisputeResolved(Guid CaseId, string CreditCode, string Unit, string Month, bool OnTime, DateTimeOffset ResolvedAt);
