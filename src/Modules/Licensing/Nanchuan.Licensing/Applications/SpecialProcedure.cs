using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Wolverine;

namespace Nanchuan.Licensing.Applications;

// 特别程序 (Administrative Licensing Law art. 45): the time a hearing, inspection, testing, appraisal or expert review takes is
// not counted in the limit. The promised limit's clock pauses while it runs and resumes with the paused business time added.

/// <param name="Procedure">The special procedure, e.g. "专家评审 / expert review".</param>
public sealed record StartSpecialProcedure(string? Procedure) : IOpenApiExample<StartSpecialProcedure>
{
    public static StartSpecialProcedure Example => new("现场核查及专家评审 / site inspection and expert review");
}

/// <summary>The promised limit's clock after a pause or a resumption.</summary>
public sealed record PromisedLimitClock(Guid Id, bool Paused, DateTimeOffset DueAt, string Summary) : IOpenApiExample<PromisedLimitClock>
{
    public static PromisedLimitClock Example => new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), false,
        new DateTimeOffset(2025, 5, 13, 12, 0, 0, TimeSpan.FromHours(8)), "特别程序结束，承诺时限恢复计算（暂停3.5个工作小时）");
}

/// <summary>A special procedure started: the promised limit stops counting.</summary>
public sealed record ApplicationClockPaused(Guid ApplicationId, string Procedure, DateTimeOffset PausedAt) : IDescribedEvent
{
    public string Describe() => $"进入特别程序（{Procedure}），承诺时限暂停计算";
}

/// <summary>The special procedure ended: the limit counts again, its due time moved by the business time it stood still.</summary>
public sealed record ApplicationClockResumed(
    Guid ApplicationId, string Procedure, DateTimeOffset ResumedAt, TimeSpan Paused, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() =>
        $"特别程序（{Procedure}）结束，承诺时限恢复计算（暂停{Paused.TotalHours:0.##}个工作小时），由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}";
}

public static class SpecialProcedureDecisions
{
    public static ApplicationClockPaused Pause(ServiceApplication state, RunningDeadline? promised, string? procedure, DateTimeOffset now)
    {
        if (state.Status != ApplicationStatus.Accepted || promised is null)
            throw new InvalidStateTransitionException(ServiceApplication.StatusLabel(state.Status), "特别程序");
        if (promised.PausedAt is not null)
            throw new InvalidStateTransitionException("特别程序中", "特别程序", "承诺时限已暂停 / the promised limit is already paused.");
        if (string.IsNullOrWhiteSpace(procedure))
            throw new DomainValidationException("procedure", "请说明特别程序 / name the special procedure.");
        return new ApplicationClockPaused(state.Id, procedure.Trim(), now);
    }

    public static ApplicationClockResumed Resume(ServiceApplication state, RunningDeadline? promised, BuildingBlocks.Calendar.IWorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (promised?.PausedAt is null)
            throw new InvalidStateTransitionException(ServiceApplication.StatusLabel(state.Status), "结束特别程序", "没有进行中的特别程序 / no special procedure is running.");
        var resumed = DeadlineRules.Resume(calendar, promised, now);
        return new ApplicationClockResumed(state.Id, state.PausedProcedure!, now, resumed.Paused, promised.DueAt, resumed.DueAt);
    }
}

public static class SpecialProcedureEndpoints
{
    [WolverinePost("/api/licensing/applications/{id}/special-procedure")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags("Licensing")]
    [EndpointSummary("启动特别程序 / Start a special procedure")]
    [EndpointDescription("The deciding department starts a hearing, inspection, testing, appraisal or expert review (行政许可法第45条): the promised limit stops counting and its timers stand still. 409 unless the application is accepted and not already paused.")]
    [ProducesResponseType<PromisedLimitClock>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<PromisedLimitClock> Start(
        Guid id, StartSpecialProcedure command, IDocumentSession session, TimeProvider clock, ApplicationDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await ApplicationEndpoints.LoadAsync(session, id, cancellation);
        var state = stream.Aggregate!;
        EnsureDeciding(state);
        var paused = SpecialProcedureDecisions.Pause(state, deadlines.Find(state, ApplicationDeadlines.Promised), command.Procedure, clock.GetUtcNow());
        stream.AppendOne(paused);
        return new PromisedLimitClock(id, true, state.DueAt!.Value, paused.Describe());
    }

    [WolverinePost("/api/licensing/applications/{id}/special-procedure/end")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags("Licensing")]
    [EndpointSummary("结束特别程序 / End the special procedure")]
    [EndpointDescription("The promised limit counts again: its due time moves by the business time the procedure took; the warning and overdue check are scheduled for the new due time and the move is published (oversight DeadlineRecomputed).")]
    [ProducesResponseType<PromisedLimitClock>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(PromisedLimitClock, OutgoingMessages)> End(
        Guid id, IDocumentSession session, TimeProvider clock, DeadlineWatch watch, ApplicationDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await ApplicationEndpoints.LoadAsync(session, id, cancellation);
        var state = stream.Aggregate!;
        EnsureDeciding(state);
        var promised = deadlines.Find(state, ApplicationDeadlines.Promised);
        var resumed = SpecialProcedureDecisions.Resume(state, promised, watch.Calendar, clock.GetUtcNow());
        stream.AppendOne(resumed);
        var outgoing = new OutgoingMessages();
        watch.Moved(outgoing, deadlines.Oversight(state, promised!),
            promised! with { DueAt = resumed.DueAt, PausedAt = null, PausedFor = promised.PausedFor + resumed.Paused }, resumed.PreviousDueAt, resumed.Describe());
        return (new PromisedLimitClock(id, false, resumed.DueAt, resumed.Describe()), outgoing);
    }

    private static void EnsureDeciding(ServiceApplication state)
    {
        if (!state.IsForDepartment(CurrentActor.Value.Department))
            throw new AccessDeniedException($"该办件由{state.Department}审批 / the application is for {state.Department} to decide.");
    }
}
