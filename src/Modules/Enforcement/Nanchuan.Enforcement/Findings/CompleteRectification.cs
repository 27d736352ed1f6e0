using Nanchuan.BuildingBlocks.Deadlines;

namespace Nanchuan.Enforcement.Findings;

/// <summary>The item's department confirms the rectification (整改复查), with an optional note.</summary>
public sealed record CompleteRectificationBody(string? Note) : IOpenApiExample<CompleteRectificationBody>
{
    public static CompleteRectificationBody Example => new("复查确认：危化品仓库已落实双人双锁管理。");
}

public static class CompleteRectificationEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/inspections/{{id}}/rectifications/{{itemCode}}/completion")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("整改复查通过 / Confirm a rectification")]
    [EndpointDescription("The item's department confirms the enterprise rectified it; the event says whether within the limit (the due instant itself is on time). When the last open rectification is done the inspection is closed. 409 when the item has no open rectification.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, string itemCode, CompleteRectificationBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<Inspection>(session, id, EnforcementCases.InspectionName, cancellation);
        var state = stream.Aggregate!;
        var open = state.Rectifications.FirstOrDefault(r => r.ItemCode == itemCode && r.IsOpen)
            ?? throw new InvalidStateTransitionException(state.Status.ToChinese(), "整改复查 (confirm rectification)",
                $"当前状态为“{state.Status.ToChinese()}”：检查项{itemCode}没有待复查的整改 / item {itemCode} has no open rectification.");
        EnforcementAccess.EnsureItemDepartment(CurrentActor.Value, open.Department);
        var now = time.GetUtcNow();
        var answer = CaseStreams.Append(stream, new RectificationCompleted(id, itemCode, now, DeadlineRules.IsOnTime(now, open.DueAt),
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim()));
        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        var outgoing = new OutgoingMessages();
        if (after.Status == InspectionStatus.Closed) outgoing.Add(EnforcementCases.Closed(after));
        return (answer, outgoing);
    }
}
