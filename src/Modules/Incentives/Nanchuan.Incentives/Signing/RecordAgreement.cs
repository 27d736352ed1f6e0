using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Incentives.Deadlines;
using Nanchuan.Incentives.Enterprises;

namespace Nanchuan.Incentives.Signing;

/// <summary>An investment agreement (招商签约协议) with both ledgers, as the park committee records it.</summary>
/// <param name="Number">The agreement's own number (协议编号).</param>
/// <param name="EnterpriseName">Required unless the enterprise is registered on the platform (then its registered name is used).</param>
/// <param name="Project">The investment project (项目名称).</param>
/// <param name="SignedOn">The signing date; not after today.</param>
/// <param name="Milestones">The enterprise performance ledger (企业履约台账): at least one line.</param>
/// <param name="Incentives">The government fulfilment ledger (政府兑现台账): at least one line.</param>
public sealed record RecordAgreementRequest(
    string? Number, string? CreditCode, string? EnterpriseName, string? Project, DateOnly? SignedOn, IReadOnlyList<MilestoneBody>? Milestones,
    IReadOnlyList<IncentiveBody>? Incentives) : IOpenApiExample<RecordAgreementRequest>
{
    public static RecordAgreementRequest Example => new("NCGYY-2025-012", "91500119MA5U8XRB98", "重庆南川示例科技有限公司", "新能源电池材料生产基地",
        new DateOnly(2025, 3, 10),
        [
            new("E1", MilestoneKind.Investment, "固定资产投资不低于1亿元", 100_000_000m, new DateOnly(2025, 12, 31)),
            new("E2", MilestoneKind.ConstructionStart, "项目开工建设", null, new DateOnly(2025, 6, 30)),
            new("E3", MilestoneKind.Jobs, "新增就业不少于200人", 200m, new DateOnly(2026, 6, 30)),
        ],
        [
            new("G1", IncentiveKind.Subsidy, IncentiveBasis.Agreement, null, "固定资产投资补助", "固定资产投资达到1亿元", "E1", 3_000_000m),
            new("G2", IncentiveKind.Infrastructure, IncentiveBasis.Agreement, null, "厂区道路及管网配套", "签约即实施", null, 1_200_000m),
            new("G3", IncentiveKind.Subsidy, IncentiveBasis.OtherPolicy, "南川区稳岗就业补贴政策", "新增就业补贴", "新增就业达到200人", "E3", 400_000m),
        ]);
}

/// <summary>Where the recorded agreement is.</summary>
public sealed record AgreementRecordedResponse(Guid Id, string Number) : CreationResponse($"{IncentivesModule.Route}/agreements/{Id}");

public static class RecordAgreementEndpoint
{
    [WolverinePost($"{IncentivesModule.Route}/agreements")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("登记招商签约协议 / Record an investment agreement")]
    [EndpointDescription("The park committee records an agreement with the enterprise performance ledger (each commitment with its kind, target and due date) and the government fulfilment ledger (each item with its basis, condition and amount in CNY). Items with no milestone condition are due at once. Each milestone is a watched deadline (calendar days from the signing day).")]
    [ProducesResponseType<AgreementRecordedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<(IResult, OutgoingMessages)> Post(
        RecordAgreementRequest request, IDocumentSession session, IWorkingDayCalendar calendar, IncentiveRules rules, DeadlineWatch watch, TimeProvider time, CancellationToken cancellation)
    {
        IncentiveAccess.EnsureParkCommittee(CurrentActor.Value);
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        var number = errors.Text("number", request.Number, "协议编号", "the agreement number");
        var creditCode = errors.CreditCode("creditCode", request.CreditCode);
        var project = errors.Text("project", request.Project, "项目名称", "the project");
        var signedOn = errors.Required("signedOn", request.SignedOn, "签约日期", "the signing date");
        errors.If(request.SignedOn is not null && signedOn > calendar.LocalDay(now), "signedOn", "签约日期不能晚于今天 / the signing date cannot be in the future.");
        errors.If(request.Milestones is not { Count: > 0 }, "milestones", "企业履约台账至少一项 / the enterprise performance ledger needs at least one line.");
        errors.If(request.Incentives is not { Count: > 0 }, "incentives", "政府兑现台账至少一项 / the government fulfilment ledger needs at least one line.");
        LedgerInput.Unique(errors, "incentives", [.. (request.Milestones ?? []).Select(m => m.Code), .. (request.Incentives ?? []).Select(i => i.Code)]);
        var known = creditCode.Length > 0 ? await session.LoadAsync<KnownEnterprise>(creditCode, cancellation) : null;
        var name = known?.Name ?? errors.Text("enterpriseName", request.EnterpriseName, "企业名称（平台未登记的企业）", "the enterprise's name (it is not registered on the platform)");
        var milestones = LedgerInput.Milestones(errors, request.Milestones ?? [], request.SignedOn, calendar);
        var incentives = LedgerInput.Incentives(errors, request.Incentives ?? [], [.. (request.Milestones ?? []).Select(m => m.Code ?? "")]);
        errors.ThrowIfAny();

        var id = Guid.CreateVersion7();
        var signed = new AgreementSigned(id, number, creditCode, name, project, signedOn, milestones, incentives, now);
        IReadOnlyList<object> events = [signed, .. FallingDue.OnTerms(null, id, incentives, now, rules, calendar)];
        var started = await CaseStreams.StartAsync<Agreement>(session, id, events, cancellation);
        var outgoing = new OutgoingMessages();
        AgreementDeadlines.Instance.Open(watch, outgoing, AgreementCases.Opened(started), started);
        var response = new AgreementRecordedResponse(id, number);
        return (Results.Created(response.Url, response), outgoing);
    }
}
