using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Power;
using Wolverine;

namespace Nanchuan.Utilities.Power;

/// <summary>A step recorded now, or at an earlier time given by whoever records it after the fact.</summary>
public sealed record StepAt(DateTimeOffset? At) : IOpenApiExample<StepAt>
{
    public static StepAt Example => new(new DateTimeOffset(2025, 2, 5, 16, 30, 0, TimeSpan.FromHours(8)));
}

public static class PowerStepEndpoints
{
    public static readonly CaseName What = new("电力报装", "power connection");

    [WolverinePost($"{UtilitiesModule.Route}/power-connections/{{id}}/completion-inspection")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("高压客户竣工报验 / Completion inspection request (high voltage)")]
    [EndpointDescription("The high-voltage customer (or the power company on its behalf) requests the completion inspection; power must be on within 5 working days. Other classes get 409.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> RequestInspection(
        Guid id, StepAt request, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<PowerConnection>(session, id, What, cancellation);
        UtilityAccess.EnsureApplicantOrProvider(CurrentActor.Value, stream.Aggregate!);
        var requestedAt = StepTime.Resolve(request.At, time, "at");
        var limit = PowerTimeLimits.For(PowerConnectionClass.HighVoltage);
        var requested = PowerDecisions.RequestInspection(stream.Aggregate!, requestedAt, limit.DueFrom(calendar, requestedAt));
        var outgoing = new OutgoingMessages();
        var state = stream.Aggregate!;
        PowerDeadlines.Watch(watch, outgoing, PowerDeadlines.Case(id, PowerDeadlines.Type, state.CreditCode, state.Provider), UtilityDeadline.PowerOn,
            limit, requestedAt, requested.DueAt);
        return (CaseStreams.Append(stream, requested), outgoing);
    }

    [WolverinePost($"{UtilitiesModule.Route}/power-connections/{{id}}/power-on")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("接电 / Power on")]
    [EndpointDescription("The power company records power on; the event says whether it was within the limit and how many working days it took from the start of the limit.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, CaseClosed)> PowerOn(
        Guid id, StepAt request, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<PowerConnection>(session, id, What, cancellation);
        var state = stream.Aggregate!;
        UtilityAccess.EnsureProvider(CurrentActor.Value, state.Provider);
        var poweredOnAt = StepTime.Resolve(request.At, time, "at");
        var taken = state.LimitStart is { } start && poweredOnAt >= start ? calendar.WorkingDaysBetween(start, poweredOnAt) : 0;
        var supplied = PowerDecisions.PowerOn(state, poweredOnAt, taken);
        return (CaseStreams.Append(stream, supplied), ConnectionOversight.Closed(PowerDeadlines.Type, state, "已接电", supplied.WithinLimit, poweredOnAt));
    }
}
