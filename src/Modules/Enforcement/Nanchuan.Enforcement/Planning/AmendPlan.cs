using Nanchuan.Enforcement.Checklists;

namespace Nanchuan.Enforcement.Planning;

/// <summary>
/// A change to the quarter's drawn plan: <c>add</c> an inspection (enterprise, scenario and month required; its inspectors are
/// drawn from the plan's pool with the plan's seed) or <c>withdraw</c> one not yet carried out (only the credit code). A reason always.
/// </summary>
public sealed record AmendPlanRequest(PlanAmendmentKind? Kind, string? CreditCode, string? EnterpriseName, Scenario? Scenario, string? Month, string? Reason)
    : IOpenApiExample<AmendPlanRequest>
{
    public static AmendPlanRequest Example => new(PlanAmendmentKind.Add, "91500119MA5U8XRB98", "重庆南川示例科技有限公司", Domain.Scenario.Industrial, "2025-05",
        "企业新入园投产，经区司法局会同各部门研究增列本季度综合检查");
}

public static class AmendPlanEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/plans/{{quarter}}/amendments")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("调整季度执法计划 / Amend the quarter's plan")]
    [EndpointDescription("The Justice Bureau adds an inspection to the drawn plan (its inspectors drawn from the plan's recorded pool with the plan's seed, one per department of the scenario in the plan's checklist version; in this or a later month of the quarter) or withdraws one not yet carried out, always with a reason. Each change is an event; the draw itself is untouched and still replays. 409 when the quarter is over, the enterprise is already planned (add), or not planned or already inspected (withdraw).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(string quarter, AmendPlanRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        EnforcementAccess.EnsureJusticeBureau(CurrentActor.Value, "调整季度执法计划");
        if (!Quarter.TryParse(quarter, out var parsed)) throw new DomainValidationException("quarter", "季度格式应为如 2025Q2 / the quarter must look like 2025Q2.");
        var stream = await CaseStreams.LoadAsync<QuarterlyPlan>(session, QuarterlyPlan.IdOf(parsed), EnforcementCases.PlanName, cancellation);
        var plan = stream.Aggregate!;
        var now = time.GetUtcNow();
        var creditCode = PlanAmendmentInput.Check(request, parsed, now);
        IDescribedEvent change = request.Kind == PlanAmendmentKind.Add
            ? PlanAmendmentDecision.Add(plan, parsed, await ChecklistVersions.UsedAsync(session, plan.ChecklistVersion, cancellation),
                new PoolEnterprise(creditCode, request.EnterpriseName!.Trim(), request.Scenario!.Value), request.Month!, request.Reason!.Trim(), now)
            : PlanAmendmentDecision.Withdraw(plan, parsed, creditCode, request.Reason!.Trim(), now);
        return CaseStreams.Append(stream, change);
    }
}

internal static class PlanAmendmentInput
{
    /// <summary>The fields each kind needs (and only those); answers the credit code.</summary>
    public static string Check(AmendPlanRequest request, Quarter quarter, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.If(request.Kind is null || !Enum.IsDefined(request.Kind.Value), "kind", "请填写调整方式：add（增列）或 withdraw（撤销） / the kind is required: add or withdraw.");
        var creditCode = errors.CreditCode("creditCode", request.CreditCode);
        errors.RequireText("reason", request.Reason, "调整理由", "the reason for the change");
        errors.If(request.Reason?.Length > 500, "reason", "调整理由不超过500个字符 / the reason has at most 500 characters.");
        if (request.Kind == PlanAmendmentKind.Add)
        {
            errors.RequireText("enterpriseName", request.EnterpriseName, "企业名称", "the enterprise's name");
            errors.If(request.Scenario is null || !Enum.IsDefined(request.Scenario.Value), "scenario",
                "场景应为 foodAndDrug、industrial 或 logisticsAndTransport / the scenario must be foodAndDrug, industrial or logisticsAndTransport.");
            var thisMonth = BeijingTime.MonthOf(now);
            errors.If(!quarter.Months.Contains(request.Month ?? "") || string.CompareOrdinal(request.Month, thisMonth) < 0, "month",
                $"检查月份应为{quarter.ToChinese()}内本月或以后的月份（{string.Join("、", quarter.Months.Where(m => string.CompareOrdinal(m, thisMonth) >= 0))}） / " +
                $"the month must be one of the quarter's months from this one on.");
        }
        else if (request.Kind == PlanAmendmentKind.Withdraw)
        {
            const string OnlyForAdd = "仅增列时填写 / only for an inspection added.";
            errors.If(request.EnterpriseName is not null, "enterpriseName", OnlyForAdd);
            errors.If(request.Scenario is not null, "scenario", OnlyForAdd);
            errors.If(request.Month is not null, "month", OnlyForAdd);
        }
        errors.ThrowIfAny();
        return creditCode;
    }
}

/// <summary>The amendment rules: only while the quarter runs; add once; withdraw only what is planned and not yet carried out.</summary>
internal static class PlanAmendmentDecision
{
    private const string AddAction = "增列计划检查 (add an inspection)";
    private const string WithdrawAction = "撤销计划检查 (withdraw an inspection)";

    public static PlannedInspectionAdded Add(
        QuarterlyPlan plan, Quarter quarter, ChecklistVersion checklist, PoolEnterprise enterprise, string month, string reason, DateTimeOffset now)
    {
        EnsureRunning(quarter, now, AddAction);
        if (plan.EntryFor(enterprise.CreditCode) is { } entry)
            throw new InvalidStateTransitionException("已在计划中", AddAction,
                $"{entry.EnterpriseName}已列入{quarter.ToChinese()}计划（{entry.Month}） / {enterprise.CreditCode} is already in the plan of {quarter}.");
        var missing = checklist.DepartmentsOf(enterprise.Scenario).Where(d => plan.InspectorCandidates.All(i => i.Department != d)).ToList();
        if (missing.Count > 0)
            throw new DomainValidationException("scenario",
                $"计划的执法人员名录中没有以下部门的执法人员：{string.Join("、", missing)} / the plan's pool has no inspector for: {string.Join(", ", missing)}.");
        return new PlannedInspectionAdded(plan.Id, PlanDraw.Entry(checklist, enterprise, month, plan.InspectorCandidates, plan.Seed), reason, now);
    }

    public static PlannedInspectionWithdrawn Withdraw(QuarterlyPlan plan, Quarter quarter, string creditCode, string reason, DateTimeOffset now)
    {
        EnsureRunning(quarter, now, WithdrawAction);
        if (plan.EntryFor(creditCode) is null)
            throw new InvalidStateTransitionException("不在计划中", WithdrawAction, $"{creditCode}不在{quarter.ToChinese()}计划中 / {creditCode} is not in the plan of {quarter}.");
        if (plan.CarriedOut.TryGetValue(creditCode, out var inspection))
            throw new InvalidStateTransitionException("已实施", WithdrawAction,
                $"{creditCode}的综合检查已实施（{inspection}），不能撤销 / the inspection of {creditCode} was carried out already ({inspection}).");
        return new PlannedInspectionWithdrawn(plan.Id, creditCode, reason, now);
    }

    private static void EnsureRunning(Quarter quarter, DateTimeOffset now, string action)
    {
        if (Quarter.Of(now) != quarter)
            throw new InvalidStateTransitionException("季度已结束", action, $"{quarter.ToChinese()}已结束，计划不能再调整 / the quarter {quarter} is over; its plan can no longer be amended.");
    }
}
