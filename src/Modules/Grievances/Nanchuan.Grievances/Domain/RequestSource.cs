namespace Nanchuan.Grievances.Domain;

/// <summary>
/// Where a request forwarded by another module came from: the module, its own id for the request (links the two and
/// recognises a resend) and, when the request is about one, the case it concerns there (e.g. a power connection).
/// </summary>
/// <param name="Module">e.g. Licensing (the 企业之家 desk) or Utilities (a power-connection problem report).</param>
/// <param name="Reference">The sending module's id for the request.</param>
/// <param name="CaseId">The stream id of the sending module's case the request is about; null when none.</param>
public sealed record RequestSource(string Module, Guid Reference, Guid? CaseId);
