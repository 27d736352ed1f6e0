using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Incentives.Performance;

/// <summary>The enterprise fulfilled a commitment: when, and what shows it.</summary>
/// <param name="FulfilledOn">The date it was fulfilled: not before the signing, not after today.</param>
/// <param name="Evidence">The evidence (履约佐证), e.g. the audit report or tax certificate.</param>
public sealed record RecordFulfilmentBody(DateOnly? FulfilledOn, string? Evidence) : IOpenApiExample<RecordFulfilmentBody>
{
    public static RecordFulfilmentBody Example => new(new DateOnly(2025, 11, 20), "重庆某会计师事务所固定资产投资专项审计报告（渝某审〔2025〕118号）：累计投资1.03亿元");
}

public static class RecordFulfilmentEndpoint
{
    [WolverinePost($"{IncentivesModule.Route}/agreements/{{id}}/milestones/{{code}}/fulfilment")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("记录企业履约 / Record a fulfilled milestone")]
    [EndpointDescription("The park committee records that the enterprise fulfilled a commitment, with its evidence. Every government item conditioned on it becomes due at once (应兑未兑 from this moment until paid) and its payment deadline starts. A milestone at risk can still be fulfilled late; a fulfilled one cannot be recorded again (409).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, string code, RecordFulfilmentBody body, IDocumentSession session, IWorkingDayCalendar calendar, IncentiveRules rules, DeadlineWatch watch,
        TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        IncentiveAccess.EnsureParkCommittee(actor);
        var stream = await CaseStreams.LoadAsync<Agreement>(session, id, AgreementCases.Name, cancellation);
        var agreement = stream.Aggregate!;
        var now = time.GetUtcNow();
        var milestone = agreement.Milestone(code) ?? throw new NotFoundException($"协议中没有履约事项{code} / the agreement has no milestone {code}.");
        var errors = new FieldErrors();
        var fulfilledOn = errors.Required("fulfilledOn", body.FulfilledOn, "履约日期", "the date of fulfilment");
        errors.If(body.FulfilledOn is not null && (fulfilledOn < agreement.SignedOn || fulfilledOn > calendar.LocalDay(now)), "fulfilledOn",
            $"履约日期应在签约日期{agreement.SignedOn:yyyy-MM-dd}至今天之间 / the date must be between the signing date and today.");
        var evidence = errors.Text("evidence", body.Evidence, "履约佐证材料", "the evidence");
        errors.ThrowIfAny();
        if (milestone.Status == MilestoneStatus.Fulfilled)
            throw new InvalidStateTransitionException(milestone.Status.ToChinese(), "记录履约 (record fulfilment)",
                $"履约事项{code}当前为“已履约”（{milestone.FulfilledOn:yyyy-MM-dd}） / milestone {code} is already fulfilled.");

        var fulfilled = new MilestoneFulfilled(id, code, fulfilledOn, evidence, actor.Name, now);
        IReadOnlyList<IAgreementEvent> events = [fulfilled, .. FallingDue.OnFulfilment(agreement, code, now, rules, calendar)];
        return await AgreementWrites.RecordAsync(session, stream, events, watch, cancellation);
    }
}
