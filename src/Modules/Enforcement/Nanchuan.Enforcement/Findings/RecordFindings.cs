using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Enforcement.Checklists;
using Nanchuan.Enforcement.Contracts;
using Nanchuan.Enforcement.Deadlines;

namespace Nanchuan.Enforcement.Findings;

/// <summary>The finding on one checklist item.</summary>
/// <param name="RectificationWorkingDays">Required when the outcome is rectificationRequired: the limit in working days (1–60).</param>
/// <param name="Serious">Required when the outcome is violation: whether it is serious (published to other modules).</param>
public sealed record FindingBody(string? ItemCode, FindingOutcome? Outcome, string? Note, int? RectificationWorkingDays, bool? Serious);

/// <summary>The findings of the inspection: every item of the scenario for a comprehensive inspection, the checked items of the department for an exception one.</summary>
public sealed record RecordFindingsBody(IReadOnlyList<FindingBody>? Findings) : IOpenApiExample<RecordFindingsBody>
{
    public static RecordFindingsBody Example => new(
    [
        new("IN-01", FindingOutcome.Compliant, null, null, null),
        new("IN-02", FindingOutcome.RectificationRequired, "危化品仓库未设置双人双锁", 10, null),
        new("IN-03", FindingOutcome.Violation, "未取得排污许可证排放污染物", null, true),
    ]);
}

public static class RecordFindingsEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/inspections/{{id}}/findings")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("记录检查结果 / Record the findings")]
    [EndpointDescription("A department of the inspection records one finding per item: compliant, rectification required (with a limit in working days; the deadline is watched with a warning 1 working day before and an overdue event), or violation (referred to the item's department; a serious one publishes SeriousViolationFound). The result is published (一公开). Once only: 409 afterwards.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, RecordFindingsBody request, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<Inspection>(session, id, EnforcementCases.InspectionName, cancellation);
        var state = stream.Aggregate!;
        EnforcementAccess.EnsureInspectionDepartment(CurrentActor.Value, state);
        var now = time.GetUtcNow();
        var checklist = await ChecklistVersions.UsedAsync(session, state.ChecklistVersion, cancellation);
        var recorded = FindingsDecision.Record(state, checklist, request.Findings, now, days => Rectifications.Limit(days).DueFrom(calendar, now));
        var answer = CaseStreams.Append(stream, recorded);

        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        var outgoing = new OutgoingMessages();
        Rectifications.Deadlines.Watch(watch, outgoing, after);
        foreach (var finding in recorded.Findings.Where(f => f.Serious))
            outgoing.Add(new SeriousViolationFound(id, state.CreditCode, state.EnterpriseName, finding.Department, finding.ItemCode, finding.Item, finding.LegalBasis, now));
        if (after.Status == InspectionStatus.Closed) outgoing.Add(EnforcementCases.Closed(after));
        return (answer, outgoing);
    }
}
