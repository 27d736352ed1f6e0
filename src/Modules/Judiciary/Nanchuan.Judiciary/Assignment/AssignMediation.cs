using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Judiciary.Deadlines;

namespace Nanchuan.Judiciary.Assignment;

/// <summary>The centre assigns the case to a responsible unit (统一交办).</summary>
/// <param name="Unit">The responsible unit (a department, town or street office); not the court or the centre.</param>
/// <param name="WorkingDays">The limit in working days; leave out for the configured default (15).</param>
public sealed record AssignMediationBody(string? Unit, int? WorkingDays) : IOpenApiExample<AssignMediationBody>
{
    public static AssignMediationBody Example => new("南城街道办事处", null);
}

internal static class AssignmentDecision
{
    public static MediationAssigned Assign(DisputeCase state, AssignMediationBody body, JudiciaryLimits limits, DateTimeOffset now, Func<int, DateTimeOffset> dueAt)
    {
        Steps.Require(state, DisputeStatus.AwaitingAssignment, "交办责任单位 (assign a unit)");
        var errors = new FieldErrors();
        errors.RequireText("unit", body.Unit, "责任单位", "the responsible unit");
        errors.If(body.Unit?.Trim() is Units.Court or Units.Centre, "unit", "责任单位不能是区法院或区矛调中心 / the unit cannot be the court or the centre.");
        errors.If(body.WorkingDays is not null and not (>= 1 and <= JudiciaryLimits.MaxMediationWorkingDays), "workingDays",
            $"调处时限应为1至{JudiciaryLimits.MaxMediationWorkingDays}个工作日 / the limit is 1 to {JudiciaryLimits.MaxMediationWorkingDays} working days.");
        errors.ThrowIfAny();
        var days = body.WorkingDays ?? limits.MediationWorkingDays;
        return new MediationAssigned(state.Id, body.Unit!.Trim(), days, now, dueAt(days));
    }
}

public static class AssignMediationEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/assignment")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("交办责任单位限时调处 / Assign a unit to mediate within the limit")]
    [EndpointDescription("The conflict-mediation centre assigns a case referred by the court (or handed back) to a responsible unit, which must report the result within the limit: by default 15 working days (Judiciary:MediationWorkingDays), counted on the holiday calendar. The deadline is watched: a warning 1 working day before and an overdue event after it. 409 unless the case waits for assignment.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(Guid id, AssignMediationBody request, IDocumentSession session, JudiciaryLimits limits,
        IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time, CancellationToken cancellation)
    {
        JudiciaryAccess.EnsureCentre(CurrentActor.Value, "交办责任单位");
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        var now = time.GetUtcNow();
        var answer = CaseStreams.Append(stream, AssignmentDecision.Assign(stream.Aggregate!, request, limits, now, days => TimeLimit.WorkingDays(days).DueFrom(calendar, now)));
        var outgoing = new OutgoingMessages();
        MediationDeadlines.Instance.Watch(watch, outgoing, await CaseStreams.StateAfterAsync(session, stream, cancellation));
        return (answer, outgoing);
    }
}
