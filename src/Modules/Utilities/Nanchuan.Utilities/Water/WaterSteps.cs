using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Water;
using Nanchuan.Utilities.Power;
using Wolverine;

namespace Nanchuan.Utilities.Water;

/// <summary>The itemised cost list sent after connection, and when the user received it (the 60 days run from that day).</summary>
public sealed record SendCostListRequest(IReadOnlyList<CostItem> Items, DateTimeOffset? ReceivedAt) : IOpenApiExample<SendCostListRequest>
{
    public static SendCostListRequest Example => new(
        [new CostItem("水表及表箱", "套", 1, 680m, 680m), new CostItem("PE给水管 DN50", "米", 24, 45.5m, 1092m), new CostItem("安装人工", "工日", 2, 300m, 600m)],
        new DateTimeOffset(2024, 3, 1, 15, 0, 0, TimeSpan.FromHours(8)));
}

/// <summary>The user paid the cost list: the amount (must equal its total) and when.</summary>
public sealed record RecordPaymentRequest(decimal AmountPaid, DateTimeOffset? PaidAt) : IOpenApiExample<RecordPaymentRequest>
{
    public static RecordPaymentRequest Example => new(2372m, new DateTimeOffset(2024, 4, 28, 10, 0, 0, TimeSpan.FromHours(8)));
}

public static class WaterStepEndpoints
{
    public static readonly CaseName What = new("供水报装", "water connection");

    [WolverinePost($"{UtilitiesModule.Route}/water-connections/{{id}}/connection")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("接入通水 / Connected")]
    [EndpointDescription("南川区自来水公司 records the connection; the event says whether it was within 2 working days of the letter.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Connect(
        Guid id, StepAt request, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<WaterConnection>(session, id, What, cancellation);
        var state = stream.Aggregate!;
        UtilityAccess.EnsureProvider(CurrentActor.Value, state.Provider);
        var connectedAt = StepTime.Resolve(request.At, time, "at");
        var taken = connectedAt >= state.SignedAt ? calendar.WorkingDaysBetween(state.SignedAt, connectedAt) : 0;
        return CaseStreams.Append(stream, WaterDecisions.Connect(state, connectedAt, taken));
    }

    [WolverinePost($"{UtilitiesModule.Route}/water-connections/{{id}}/cost-list")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("送达费用清单 / Send the itemised cost list")]
    [EndpointDescription("After connection the company sends the itemised cost list (each line: amount = quantity × unit price). The user must complete the commitment within 60 days of receiving it (the day of receipt not counted; a last day on a public holiday moves past it); the deadline is watched and the connection is overdue from its end.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> SendCostList(
        Guid id, SendCostListRequest request, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<WaterConnection>(session, id, What, cancellation);
        UtilityAccess.EnsureProvider(CurrentActor.Value, stream.Aggregate!.Provider);
        var items = WaterDecisions.ValidCostItems(request.Items);
        var receivedAt = StepTime.Resolve(request.ReceivedAt, time, "receivedAt");
        var sent = WaterDecisions.SendCostList(stream.Aggregate!, items, receivedAt, WaterTimeLimits.Payment.DueFrom(calendar, receivedAt));
        var outgoing = new OutgoingMessages();
        var state = stream.Aggregate!;
        WaterDeadlines.Watch(watch, outgoing, WaterDeadlines.Case(id, WaterDeadlines.Type, state.CreditCode, state.Provider), UtilityDeadline.WaterPayment,
            WaterTimeLimits.Payment, receivedAt, sent.PaymentDueAt);
        return (CaseStreams.Append(stream, sent), outgoing);
    }

    [WolverinePost($"{UtilitiesModule.Route}/water-connections/{{id}}/payment")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("履行承诺付费 / Record the payment")]
    [EndpointDescription("The company records that the user paid the cost list in full and so fulfilled the letter; the event says whether it was within the 60 days.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, CaseClosed)> RecordPayment(Guid id, RecordPaymentRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<WaterConnection>(session, id, What, cancellation);
        UtilityAccess.EnsureProvider(CurrentActor.Value, stream.Aggregate!.Provider);
        var fulfilled = WaterDecisions.Fulfil(stream.Aggregate!, request.AmountPaid, StepTime.Resolve(request.PaidAt, time, "paidAt"));
        return (CaseStreams.Append(stream, fulfilled),
            ConnectionOversight.Closed(WaterDeadlines.Type, stream.Aggregate!, "已履行承诺", fulfilled.WithinLimit, fulfilled.PaidAt));
    }
}
