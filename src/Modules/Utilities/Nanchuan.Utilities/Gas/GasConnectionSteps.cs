using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Enterprises;
using Wolverine;

namespace Nanchuan.Utilities.Gas;

/// <summary>A gas connection application (报装申请“零跑腿”) by the hotline 023-71420888 or the 渝快办 app.</summary>
public sealed record ApplyForGasRequest(
    string CreditCode,
    string? EnterpriseName,
    string Operator,
    GasApplicationChannel Channel,
    GasUserCategory Category,
    string SiteAddress,
    DateTimeOffset? ReceivedAt) : IOpenApiExample<ApplyForGasRequest>
{
    public static ApplyForGasRequest Example => new("91500119MA5U8XRB98", null, "南川燃气公司", GasApplicationChannel.Hotline, GasUserCategory.SmallCommercial,
        "南川区东城街道隆化路12号", new DateTimeOffset(2024, 6, 7, 16, 0, 0, TimeSpan.FromHours(8)));
}

public sealed record GasApplicationResponse(Guid Id, DateTimeOffset ReceivedAt, DateTimeOffset SurveyDueAt)
    : CreationResponse($"{UtilitiesModule.Route}/gas-connections/{Id}"), IOpenApiExample<GasApplicationResponse>
{
    public static GasApplicationResponse Example => new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"),
        new DateTimeOffset(2024, 6, 7, 16, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2024, 6, 11, 18, 0, 0, TimeSpan.FromHours(8)));
}

/// <summary>Acknowledged and surveyed: when, and what the survey found.</summary>
public sealed record RecordSurveyRequest(string Findings, DateTimeOffset? At) : IOpenApiExample<RecordSurveyRequest>
{
    public static RecordSurveyRequest Example => new("市政中压管网距用户约25米，具备接气条件。", new DateTimeOffset(2024, 6, 11, 10, 0, 0, TimeSpan.FromHours(8)));
}

/// <summary>The connection plan proposed to the user.</summary>
public sealed record ProposePlanRequest(string Plan, DateTimeOffset? At) : IOpenApiExample<ProposePlanRequest>
{
    public static ProposePlanRequest Example => new("自隆化路中压管引入，敷设PE管De32约25米，安装G4膜式表1块。", new DateTimeOffset(2024, 6, 12, 10, 0, 0, TimeSpan.FromHours(8)));
}

/// <summary>One side's signature on the plan; the user's carries its choice: a fixed-price package, or material types and quantities.</summary>
public sealed record SignPlanRequest(string? PackageCode, IReadOnlyList<ChosenItem>? Items, DateTimeOffset? At) : IOpenApiExample<SignPlanRequest>
{
    public static SignPlanRequest Example => new(null, [new ChosenItem("PE32", 25), new ChosenItem("MTR-G4", 1), new ChosenItem("LAB-INST", 25)],
        new DateTimeOffset(2024, 6, 13, 10, 0, 0, TimeSpan.FromHours(8)));
}

/// <summary>The fee breakdown the operator issues; it must match the published list line for line.</summary>
public sealed record IssueFeeRequest(IReadOnlyList<SubmittedFeeLine> Lines, decimal Total, DateTimeOffset? At) : IOpenApiExample<IssueFeeRequest>
{
    public static IssueFeeRequest Example => new(
        [new SubmittedFeeLine("PE32", 25, 28.50m, 712.50m), new SubmittedFeeLine("MTR-G4", 1, 560m, 560m), new SubmittedFeeLine("LAB-INST", 25, 35m, 875m)],
        2147.50m, new DateTimeOffset(2024, 6, 13, 15, 0, 0, TimeSpan.FromHours(8)));
}

public static class GasConnectionEndpoints
{
    public static readonly CaseName What = new("燃气报装", "gas connection");
    private const string Route = $"{UtilitiesModule.Route}/gas-connections";

    [WolverinePost(Route)]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk},{Roles.DepartmentHandler}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("燃气报装申请 / Gas connection application")]
    [EndpointDescription("By the app (the enterprise, its own code) or the hotline 023-71420888 (the operator's staff or a window clerk). The operator must have a published price list. It must acknowledge and survey within 1 working day; the deadline is watched.")]
    [ProducesResponseType<GasApplicationResponse>(StatusCodes.Status201Created)]
    public static async Task<(GasApplicationResponse, OutgoingMessages)> Apply(
        ApplyForGasRequest request, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        var operatorName = request.Operator?.Trim() ?? "";
        UtilityAccess.EnsureMayApply(CurrentActor.Value, operatorName, request.CreditCode);
        var errors = new Dictionary<string, string[]>();
        var applicant = await Applicants.ResolveAsync(session, request.CreditCode, request.EnterpriseName, errors, cancellation);
        if (await session.LoadAsync<GasPriceList>(GasPriceList.StreamIdFor(operatorName), cancellation) is null)
            errors["operator"] = [$"“{operatorName}”尚未公示物料清单 / '{operatorName}' has published no price list."];
        if (!Enum.IsDefined(request.Channel)) errors["channel"] = ["申请渠道无效 / unknown channel."];
        if (!Enum.IsDefined(request.Category)) errors["category"] = ["用户类别无效 / unknown user category."];
        if (string.IsNullOrWhiteSpace(request.SiteAddress)) errors["siteAddress"] = ["请填写用气地址 / give the site address."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var receivedAt = StepTime.Resolve(request.ReceivedAt, time, "receivedAt");

        if (request.Channel == GasApplicationChannel.Hotline && CurrentActor.Value.Role != Roles.Enterprise) CurrentActor.ActsThrough(Channels.Phone);
        var id = Guid.CreateVersion7();
        var received = new GasApplicationReceived(id, applicant!.CreditCode, applicant.Name, operatorName, request.Channel, request.Category,
            request.SiteAddress.Trim(), receivedAt, GasTimeLimits.Survey.DueFrom(calendar, receivedAt));
        session.Events.StartStream<GasConnection>(id, received);
        var outgoing = new OutgoingMessages();
        GasDeadlines.Open(watch, outgoing,
            // 报装申请“零跑腿”: by the hotline or the 渝快办 app, no trip to a counter (ADR 0138).
            ConnectionOversight.Opened(GasDeadlines.Type, What, id, received.CreditCode, received.EnterpriseName, operatorName, receivedAt, trips: 0),
            UtilityDeadline.GasSurvey, GasTimeLimits.Survey, receivedAt, received.SurveyDueAt);
        return (new GasApplicationResponse(id, receivedAt, received.SurveyDueAt), outgoing);
    }

    [WolverinePost($"{Route}/{{id}}/survey")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("告知受理并完成现场勘查 / Acknowledged and surveyed")]
    [EndpointDescription("The operator records the acknowledgement and site survey; the plan is then due within 1 working day (watched).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Survey(
        Guid id, RecordSurveyRequest request, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<GasConnection>(session, id, What, cancellation);
        UtilityAccess.EnsureProvider(CurrentActor.Value, stream.Aggregate!.Operator);
        if (string.IsNullOrWhiteSpace(request.Findings)) throw new DomainValidationException("findings", "请填写勘查情况 / describe the survey findings.");
        var at = StepTime.Resolve(request.At, time, "at");
        var surveyed = GasDecisions.Survey(stream.Aggregate!, at, request.Findings.Trim(), GasTimeLimits.Plan.DueFrom(calendar, at));
        var outgoing = new OutgoingMessages();
        var state = stream.Aggregate!;
        GasDeadlines.Watch(watch, outgoing, GasDeadlines.Case(id, GasDeadlines.Type, state.CreditCode, state.Operator), UtilityDeadline.GasPlan,
            GasTimeLimits.Plan, at, surveyed.PlanDueAt);
        return (CaseStreams.Append(stream, surveyed), outgoing);
    }

    [WolverinePost($"{Route}/{{id}}/plan")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("提供接气方案 / Propose the connection plan")]
    [EndpointDescription("The operator proposes the plan; the event says whether it came within 1 working day of the survey.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> ProposePlan(Guid id, ProposePlanRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<GasConnection>(session, id, What, cancellation);
        UtilityAccess.EnsureProvider(CurrentActor.Value, stream.Aggregate!.Operator);
        if (string.IsNullOrWhiteSpace(request.Plan)) throw new DomainValidationException("plan", "请填写接气方案 / describe the plan.");
        return CaseStreams.Append(stream, GasDecisions.ProposePlan(stream.Aggregate!, StepTime.Resolve(request.At, time, "at"), request.Plan.Trim()));
    }

    [WolverinePost($"{Route}/{{id}}/signing")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("签字确认方案（双方各自签字） / Sign the plan, each side for itself")]
    [EndpointDescription("The side is the caller: the enterprise that applied signs as the user, with its choice (a package for small commercial users, or items and quantities); the operator's staff sign as the operator, without a choice. Each side signs once (409 the second time). When the second side signs the plan is signed by both, and the price list version in force at that moment is fixed for the fee.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Sign(Guid id, SignPlanRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<GasConnection>(session, id, What, cancellation);
        var state = stream.Aggregate!;
        var actor = CurrentActor.Value;
        UtilityAccess.EnsureApplicantOrProvider(actor, state);
        var party = actor.Role == Roles.Enterprise ? GasPlanParty.User : GasPlanParty.Operator;
        var signedAt = StepTime.Resolve(request.At, time, "at");
        var list = await session.LoadAsync<GasPriceList>(GasPriceList.StreamIdFor(state.Operator), cancellation);
        var edition = list is null ? null : PriceListEditions.InForceAt(list.Editions, signedAt);
        var packageCode = string.IsNullOrWhiteSpace(request.PackageCode) ? null : request.PackageCode.Trim();
        var signed = GasDecisions.Sign(state, party, actor.Id, actor.Name, signedAt, edition, packageCode, request.Items ?? []);
        foreach (var signature in signed.SkipLast(1)) stream.AppendOne(signature);
        return CaseStreams.Append(stream, signed[^1]);
    }

    [WolverinePost($"{Route}/{{id}}/fee")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("出具报装费用明细 / Issue the itemised fee")]
    [EndpointDescription("The operator submits the fee breakdown (code, quantity, unit price, amount per line, and the total). It is computed independently from the price list version fixed at signing and the chosen types; any difference is refused with 400 naming the line, and nothing is written.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, CaseClosed)> IssueFee(Guid id, IssueFeeRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<GasConnection>(session, id, What, cancellation);
        var state = stream.Aggregate!;
        UtilityAccess.EnsureProvider(CurrentActor.Value, state.Operator);
        if (state.Status != GasConnectionStatus.PlanSigned) throw new InvalidStateTransitionException(state.Status.ToChinese(), "出具报装费用明细");
        var list = await session.LoadAsync<GasPriceList>(GasPriceList.StreamIdFor(state.Operator), cancellation);
        var edition = list!.Editions.Single(e => e.Version == state.PriceListVersion);
        var issued = GasDecisions.IssueFee(state, edition, request.Lines ?? [], request.Total, StepTime.Resolve(request.At, time, "at"));
        // The fee ends the case (报装“一表清”); it has no limit of its own.
        return (CaseStreams.Append(stream, issued), ConnectionOversight.Closed(GasDeadlines.Type, state, "已出具费用明细", true, issued.IssuedAt));
    }
}
