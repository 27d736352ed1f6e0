namespace Nanchuan.BuildingBlocks.Oversight;

/// <summary>
/// Who a case is, for the cross-module oversight view (督查): every module describes its cases the same way, so a dashboard
/// of all deadlines needs no knowledge of any module.
/// </summary>
/// <param name="Module">The module, e.g. "Grievances", "Utilities".</param>
/// <param name="CaseType">The kind of case within the module, e.g. "grievance", "power-connection".</param>
/// <param name="CaseId">The case's stream id (its audit history is /api/audit/streams/{id}).</param>
/// <param name="CreditCode">The enterprise's unified social credit code, when the case has one.</param>
/// <param name="Department">The department (or provider) responsible for the step the deadline is about.</param>
public sealed record OversightCase(string Module, string CaseType, Guid CaseId, string? CreditCode, string Department);
