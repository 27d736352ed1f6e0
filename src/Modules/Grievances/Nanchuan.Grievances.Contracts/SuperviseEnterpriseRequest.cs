namespace Nanchuan.Grievances.Contracts;

/// <summary>
/// 督办 of an enterprise request asked by the oversight read side (ADR 0079), invoked in-process with a reply: the Grievances
/// module takes the same step as its own endpoint (the current round overdue and unreported, else refused) and publishes
/// the oversight contract's <c>SupervisionNoticeIssued</c>. A refusal is the caller's answer and writes nothing.
/// </summary>
/// <param name="Demand">What the handling unit is told to do, and by when.</param>
public sealed record SuperviseEnterpriseRequest(Guid GrievanceId, string Demand);
