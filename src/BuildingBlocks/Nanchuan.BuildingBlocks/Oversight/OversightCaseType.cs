namespace Nanchuan.BuildingBlocks.Oversight;

/// <summary>
/// One type of case as the oversight contract names it. A module keeps one per case type and mirrors each of its own opening,
/// closing and 督办 events with one line, returned (or added to the outgoing messages) next to the event it mirrors, so that
/// both commit in one transaction through Wolverine's outbox (ADR 0035).
/// </summary>
/// <param name="Module">The module, e.g. "Grievances".</param>
/// <param name="CaseType">The kind of case within the module, e.g. "grievance"; the same name its deadlines use.</param>
public sealed record OversightCaseType(string Module, string CaseType)
{
    public OversightCase Case(Guid caseId, string? creditCode, string department) => new(Module, CaseType, caseId, creditCode, department);

    public CaseOpened Opened(
        Guid caseId, string? creditCode, string department, string title, DateTimeOffset openedAt, string? reference = null, string? enterpriseName = null,
        int? trips = null) =>
        new(Case(caseId, creditCode, department), title, openedAt, reference, enterpriseName, trips);

    public CaseClosed Closed(Guid caseId, string? creditCode, string department, string outcome, bool? onTime, DateTimeOffset closedAt, int? trips = null) =>
        new(Case(caseId, creditCode, department), outcome, onTime, closedAt, trips);

    public SupervisionNoticeIssued Notice(
        Guid caseId, string? creditCode, string department, string? deadline, string notice, string issuedBy, DateTimeOffset issuedAt) =>
        new(Case(caseId, creditCode, department), deadline, notice, issuedBy, issuedAt);
}
