using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Nanchuan.Judiciary.Deadlines;

namespace Nanchuan.Judiciary.Assignment;

/// <summary>The centre assigns the case to a responsible unit (统一交办).</summary>
/// <param name="UnitId">The responsible unit (a department, town or street office) by its id in the directory (GET /api/directory/departments, e.g. nancheng-jiedao); not the court or the centre.</param>
/// <param name="WorkingDays">The limit in working days; leave out for the configured default (15).</param>
public sealed record AssignMediationBody(string? UnitId, int? WorkingDays) : IOpenApiExample<AssignMediationBody>
{
    public static AssignMediationBody Example => new("nancheng-jiedao", null);
}

internal static class AssignmentDecision
{
    /// <param name="unit">The unit the directory gave for the id, or null with the reason already in <paramref name="errors"/>.</param>
    public static MediationAssigned Assign(DisputeCase state, AssignMediationBody body, DepartmentRecord? unit, FieldErrors errors, JudiciaryLimits limits,
        DateTimeOffset now, Func<int, DateTimeOffset> dueAt)
    {
        Steps.Require(state, DisputeStatus.AwaitingAssignment, "交办责任单位 (assign a unit)");
        errors.If(unit?.Kind == DepartmentKind.CourtOrCentre, "unitId", "责任单位不能是区法院或区矛调中心 / the unit cannot be the court or the centre.");
        errors.If(body.WorkingDays is not null and not (>= 1 and <= JudiciaryLimits.MaxMediationWorkingDays), "workingDays",
            $"调处时限应为1至{JudiciaryLimits.MaxMediationWorkingDays}个工作日 / the limit is 1 to {JudiciaryLimits.MaxMediationWorkingDays} working days.");
        errors.ThrowIfAny();
        var days = body.WorkingDays ?? limits.MediationWorkingDays;
        return new MediationAssigned(state.Id, unit!.Name, days, now, dueAt(days), unit.DepartmentId);
    }
}

public static class AssignMediationEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/assignment")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("交办责任单位限时调处 / Assign a unit to mediate within the limit")]
    [EndpointDescription("The conflict-mediation centre assigns a case referred by the court (or handed back) to a responsible unit of the directory, chosen by id (unknown, deactivated, the court or the centre: 400 on `unitId`, nothing written), which must report the result within the limit: by default 15 working days (Judiciary:MediationWorkingDays), counted on the holiday calendar. The deadline is watched: a warning 1 working day before and an overdue event after it. 409 unless the case waits for assignment.")]
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
        var errors = new FieldErrors();
        var unit = await DepartmentDirectory.FindActiveAsync(session, errors, "unitId", request.UnitId, cancellation);
        var answer = CaseStreams.Append(stream, AssignmentDecision.Assign(stream.Aggregate!, request, unit, errors, limits, now, days => TimeLimit.WorkingDays(days).DueFrom(calendar, now)));
        var outgoing = new OutgoingMessages();
        MediationDeadlines.Instance.Watch(watch, outgoing, await CaseStreams.StateAfterAsync(session, stream, cancellation));
        return (answer, outgoing);
    }
}
