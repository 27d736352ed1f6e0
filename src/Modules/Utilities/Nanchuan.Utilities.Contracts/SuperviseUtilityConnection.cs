namespace Nanchuan.Utilities.Contracts;

/// <summary>
/// 督办 of a power, water or gas connection asked by the oversight read side (ADR 0079), invoked in-process with a reply: the
/// Utilities module takes the same step as its own endpoints (a deadline missed with its step open, else refused) and
/// publishes the oversight contract's <c>SupervisionNoticeIssued</c>. A refusal is the caller's answer and writes nothing.
/// </summary>
/// <param name="CaseType">The connection's case type on the oversight contract: power-connection, water-connection or gas-connection.</param>
/// <param name="Demand">What the provider is told to do, and by when.</param>
public sealed record SuperviseUtilityConnection(Guid ConnectionId, string CaseType, string Demand);
