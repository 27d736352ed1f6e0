using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Judiciary.EnforcementStage;

/// <summary>The buffer the court grants (一定缓冲期) within the mediation or settlement period.</summary>
/// <param name="PeriodEndsOn">The last day of the mediation or settlement period (Beijing date); the buffer may not go beyond it.</param>
/// <param name="Days">Calendar days; leave out for the configured default (30), which then stops at the period's end.</param>
public sealed record GrantBufferBody(DateOnly? PeriodEndsOn, int? Days) : IOpenApiExample<GrantBufferBody>
{
    public static GrantBufferBody Example => new(new DateOnly(2026, 12, 31), 30);
}

/// <summary>Why the settlement failed.</summary>
public sealed record SettlementFailedBody(string? Reason) : IOpenApiExample<SettlementFailedBody>
{
    public static SettlementFailedBody Example => new("被执行企业未按和解协议支付首期款，申请执行人申请恢复执行。");
}

internal static class BufferDecision
{
    private const string GrantAction = "给予缓冲期 (grant a buffer)";

    /// <summary>
    /// The buffer is a calendar-day limit from now (platform rule 3: the day itself does not count, the last day ends at 24:00 and
    /// moves past a public holiday). A length the court gives must end within the period (400 otherwise); the default stops at the
    /// period's end.
    /// </summary>
    public static SettlementBufferGranted Grant(DisputeCase state, GrantBufferBody body, JudiciaryLimits limits, IWorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (state.Stage != DisputeStage.Enforcement) throw new InvalidStateTransitionException(state.Stage.ToChinese() + "阶段", GrantAction, "缓冲期仅适用于执行阶段 / a buffer belongs to the enforcement stage.");
        if (state.BufferAt(now) is { } current)
            throw new InvalidStateTransitionException("缓冲期内", GrantAction, $"缓冲期至{LastDay(current.EndsAt):yyyy-MM-dd}止，尚未结束 / a buffer is in force until {LastDay(current.EndsAt):yyyy-MM-dd}.");
        var errors = new FieldErrors();
        var today = calendar.LocalDay(now);
        errors.If(body.PeriodEndsOn is not { } period || period <= today, "periodEndsOn", "请填写调解或和解期的最后一日（今天以后） / the last day of the mediation or settlement period is required (after today).");
        errors.If(body.Days is not null and not > 0, "days", "缓冲期应至少1日 / a buffer is at least one day.");
        errors.ThrowIfAny();
        var periodEnd = calendar.AddCalendarDays(now, body.PeriodEndsOn!.Value.DayNumber - today.DayNumber);
        var days = body.Days ?? limits.BufferDays;
        var endsAt = TimeLimit.CalendarDays(days).DueFrom(calendar, now);
        if (endsAt > periodEnd)
        {
            errors.If(body.Days is not null, "days", $"缓冲期不得超过调解或和解期（至{body.PeriodEndsOn:yyyy-MM-dd}） / the buffer may not go beyond the period, which ends on {body.PeriodEndsOn:yyyy-MM-dd}.");
            errors.ThrowIfAny();
            (days, endsAt) = (body.PeriodEndsOn!.Value.DayNumber - today.DayNumber, periodEnd);
        }
        return new SettlementBufferGranted(state.Id, Guid.CreateVersion7(), days, body.PeriodEndsOn!.Value, now, endsAt, Months.Of(now));
    }

    public static SettlementFailed Fail(DisputeCase state, string? reason, DateTimeOffset now)
    {
        var buffer = state.BufferAt(now) ?? throw new InvalidStateTransitionException("无缓冲期", "和解失败 (settlement failed)", "没有正在执行的缓冲期 / no buffer is in force.");
        return new SettlementFailed(state.Id, buffer.Id, Steps.Text("reason", reason, "和解失败原因", "why the settlement failed"), now);
    }

    /// <summary>The buffer's timer fired after its end: it ran its course unless the settlement failed first (or this was recorded already).</summary>
    public static SettlementBufferRanItsCourse? RanItsCourse(DisputeCase state, Guid bufferId, DateTimeOffset now) =>
        state.Buffers.SingleOrDefault(b => b.Id == bufferId) is { EndedEarlyAt: null, RanItsCourse: false } buffer && !buffer.InForceAt(now)
            ? new SettlementBufferRanItsCourse(state.Id, buffer.Id, buffer.EndsAt, now)
            : null;

    /// <summary>The last day of a calendar-day limit whose exclusive end is 00:00 of the next day.</summary>
    public static DateOnly LastDay(DateTimeOffset endsAt) => DateOnly.FromDateTime(endsAt.ToOffset(TimeSpan.FromHours(8)).AddTicks(-1).DateTime);
}

public static class BufferEndpoints
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/buffer")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("给予执行缓冲期 / Grant a settlement buffer")]
    [EndpointDescription("In the enforcement stage the district court grants the enterprise a buffer on asset disposal and credit punishment within the mediation or settlement period: the length it sets in calendar days (default 30, Judiciary:BufferDays), never beyond the period (a length that would is 400; the default stops at the period's end). Calendar days per platform rule 3: the last day ends at 24:00 and moves past a public holiday; just after it, a durable timer records that it ran its course. 409 outside the enforcement stage or while a buffer is in force.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Grant(Guid id, GrantBufferBody request, IDocumentSession session, JudiciaryLimits limits,
        DeadlineWatch watch, CancellationToken cancellation)
    {
        JudiciaryAccess.EnsureCourt(CurrentActor.Value, "给予缓冲期");
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        var granted = BufferDecision.Grant(stream.Aggregate!, request, limits, watch.Calendar, watch.Now);
        var outgoing = new OutgoingMessages();
        SettlementBufferEndsHandler.Schedule(watch, outgoing, granted);
        return (CaseStreams.Append(stream, granted), outgoing);
    }

    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/buffer/settlement-failure")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("和解失败，缓冲期提前结束 / The settlement failed: end the buffer early")]
    [EndpointDescription("The district court records that the settlement failed: the buffer ends now, and asset disposal or credit punishment may be recorded. 409 when no buffer is in force.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Fail(Guid id, SettlementFailedBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        JudiciaryAccess.EnsureCourt(CurrentActor.Value, "记录和解失败");
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        return CaseStreams.Append(stream, BufferDecision.Fail(stream.Aggregate!, request.Reason, time.GetUtcNow()));
    }
}
