namespace Nanchuan.Grievances.Contracts;

/// <summary>
/// Sent by another module when one of its cases answers an enterprise request (e.g. an Enforcement inspection made on a
/// complaint): the Grievances module links the request to that case, so whoever reads the request finds the case. The
/// sender checks that the request exists and concerns the same enterprise (it keeps them from
/// <see cref="EnterpriseRequestAssigned"/>); a redelivered message links once.
/// </summary>
/// <param name="Module">The sending module's name (e.g. "Enforcement").</param>
/// <param name="CaseId">Its case's stream id (its history: /api/audit/streams/{id}).</param>
/// <param name="Description">What the case is, in Chinese (e.g. "区市场监管局例外检查（投诉举报）").</param>
public sealed record LinkRelatedCase(Guid GrievanceId, string Module, Guid CaseId, string Description, DateTimeOffset LinkedAt);
