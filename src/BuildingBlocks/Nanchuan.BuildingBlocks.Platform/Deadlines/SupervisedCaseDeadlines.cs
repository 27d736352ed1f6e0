using Marten;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Wolverine;

namespace Nanchuan.BuildingBlocks.Platform.Deadlines;

/// <summary>The deadlines of a case type whose overdue deadlines the business office may supervise (督办, platform rule 4, ADR 0107).</summary>
public interface ISupervisedCaseDeadlines : ICaseDeadlines
{
    /// <summary>
    /// Records <see cref="OverdueCaseSupervised"/> on the case and publishes <see cref="SupervisionNoticeIssued"/> for each overdue deadline;
    /// 404 for an unknown case, 409 naming its state when nothing of it is overdue, 400 without a demand.
    /// </summary>
    Task<(CaseStepRecorded, OutgoingMessages)> SuperviseAsync(
        IDocumentSession session, Guid caseId, string? demand, string issuedBy, DateTimeOffset now, CancellationToken cancellation);
}

/// <summary>
/// <see cref="CaseDeadlines{TCase}"/> of a case type that opted in to 督办 from the oversight side: the module says what its case
/// is called, its state and its deadlines in Chinese; loading, the rule (<see cref="SupervisionRules"/>), the event in the case's
/// stream and the oversight messages are the platform's.
/// </summary>
public abstract class SupervisedCaseDeadlines<TCase> : CaseDeadlines<TCase>, ISupervisedCaseDeadlines where TCase : class
{
    /// <summary>What the case is called, for the 404.</summary>
    protected abstract CaseName CaseName { get; }

    /// <summary>The case's state in Chinese, named by the 409 when nothing of it is overdue.</summary>
    protected abstract string StateName(TCase state);

    /// <summary>The deadline in Chinese, for the notice's summary (e.g. "承诺办结时限", "整改期限（IN-02）").</summary>
    protected abstract string DeadlineLabel(RunningDeadline deadline);

    public async Task<(CaseStepRecorded, OutgoingMessages)> SuperviseAsync(
        IDocumentSession session, Guid caseId, string? demand, string issuedBy, DateTimeOffset now, CancellationToken cancellation)
    {
        var stream = await LoadIfAnyAsync(session, caseId, cancellation) ?? throw CaseName.NotFound(caseId);
        var state = stream.Aggregate!;
        var overdue = Running(state).Where(d => d.Overdue).OrderBy(d => d.DueAt).Select(d => (Deadline: d, Case: Oversight(state, d))).ToList();
        var recorded = SupervisionRules.Supervise(caseId, StateName(state),
            overdue.Select(o => new SupervisedDeadline(o.Deadline.Name, DeadlineLabel(o.Deadline), o.Case.Department, o.Deadline.DueAt)).ToList(), demand, now);
        var outgoing = new OutgoingMessages();
        outgoing.AddRange(overdue.Select(o => new SupervisionNoticeIssued(o.Case, o.Deadline.Name, recorded.Demand, issuedBy, now)));
        return (CaseStreams.Append(stream, recorded), outgoing);
    }
}
