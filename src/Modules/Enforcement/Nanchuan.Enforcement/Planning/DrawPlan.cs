using Nanchuan.BuildingBlocks.Draws;
using Nanchuan.Enforcement.Checklists;

namespace Nanchuan.Enforcement.Planning;

/// <summary>
/// The quarter's comprehensive plan (季度执法计划), drawn from the pools (双随机). <c>Seed</c> may be given (e.g. drawn in public
/// with a witness); left out, the server draws one. Either way it is recorded and the draw can be replayed.
/// </summary>
public sealed record DrawPlanRequest(
    string? Quarter, IReadOnlyList<PoolEnterprise>? Enterprises, IReadOnlyList<PoolInspector>? Inspectors, int? EnterprisesToInspect, string? Seed)
    : IOpenApiExample<DrawPlanRequest>
{
    public static DrawPlanRequest Example => new("2025Q2",
        [new("91500119MA5U8XRB98", "重庆南川示例科技有限公司", Scenario.Industrial), new("91500119MA5UXY7Q3N", "重庆南川示例物流有限公司", Scenario.LogisticsAndTransport)],
        [new("aq-01", "应急局 陈某", Departments.EmergencyManagement), new("hb-01", "环境局 刘某", Departments.EcologyEnvironment)], 1, "2025Q2-公开抽取");
}

/// <summary>The plan as drawn: where to read it, the seed and algorithm that replay it, and the planned inspections.</summary>
public sealed record PlanDrawnResponse(Guid Id, string Quarter, string Seed, string Algorithm, int ChecklistVersion, IReadOnlyList<PlannedInspection> Entries)
    : CreationResponse($"{EnforcementModule.Route}/plans/{Quarter}");

public static class DrawPlanEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/plans")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("编制季度执法计划（双随机抽取） / Draw the quarter's comprehensive plan")]
    [EndpointDescription("The Justice Bureau, in the first month of the quarter, draws the enterprises to inspect from the pool and one inspector per department of each enterprise's scenario. The event records the candidates, the seed, the algorithm and the checklist version in force (spec rule 8). One plan per quarter: a second is 409; outside the quarter's first month 409.")]
    [ProducesResponseType<PlanDrawnResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<PlanDrawnResponse> Post(DrawPlanRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        EnforcementAccess.EnsureJusticeBureau(CurrentActor.Value, "编制季度执法计划");
        var checklist = await ChecklistVersions.CurrentAsync(session, cancellation);
        var quarter = PlanInput.Check(checklist, request.Quarter, request.Enterprises, request.Inspectors, request.EnterprisesToInspect, request.Seed, seedRequired: false);
        var now = time.GetUtcNow();
        var existing = await CaseStreams.LoadIfAnyAsync<QuarterlyPlan>(session, QuarterlyPlan.IdOf(quarter), cancellation);
        var drawn = PlanDecision.Draw(existing?.Aggregate, quarter, checklist, request.Enterprises!, request.Inspectors!, request.EnterprisesToInspect!.Value,
            string.IsNullOrWhiteSpace(request.Seed) ? AuditableDraw.NewSeed() : request.Seed.Trim(), now);
        session.Events.StartStream<QuarterlyPlan>(drawn.PlanId, drawn);
        return new PlanDrawnResponse(drawn.PlanId, drawn.Quarter, drawn.Seed, drawn.Algorithm, checklist.Number, drawn.Entries);
    }
}

/// <summary>The inputs of a draw, checked the same way for a plan and its replay.</summary>
internal static class PlanInput
{
    public static Quarter Check(ChecklistVersion checklist, string? quarterText, IReadOnlyList<PoolEnterprise>? enterprises, IReadOnlyList<PoolInspector>? inspectors,
        int? count, string? seed, bool seedRequired, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (!Quarter.TryParse(quarterText, out var quarter)) errors.Add("quarter", "季度格式应为如 2025Q2 / the quarter must look like 2025Q2.");
        errors.AddAll(PlanDraw.Problems(checklist, enterprises, inspectors, count));
        if (seedRequired) errors.RequireText("seed", seed, "抽取种子", "the seed");
        else errors.If(seed is not null && string.IsNullOrWhiteSpace(seed), "seed", "种子不能为空白；不填则由系统生成 / the seed cannot be blank; leave it out to have one drawn.");
        errors.If(seed?.Length > 100, "seed", "种子不超过100个字符 / the seed has at most 100 characters.");
        errors.ThrowIfAny();
        return quarter;
    }
}

/// <summary>The plan's rules: one per quarter, made in the quarter's first month (完成时间：每季度首月).</summary>
internal static class PlanDecision
{
    private const string Action = "编制季度执法计划 (draw the plan)";

    public static QuarterlyPlanDrawn Draw(QuarterlyPlan? existing, Quarter quarter, ChecklistVersion checklist, IReadOnlyList<PoolEnterprise> enterprises, IReadOnlyList<PoolInspector> inspectors,
        int count, string seed, DateTimeOffset now)
    {
        if (existing is not null)
            throw new InvalidStateTransitionException("已编制", Action,
                $"{quarter.ToChinese()}的计划已于{existing.DrawnAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}编制，不能重新抽取 / the plan of {quarter} was drawn already and cannot be drawn again.");
        var month = BeijingTime.MonthOf(now);
        if (month != quarter.Months[0])
            throw new InvalidStateTransitionException($"当前为{month}", Action,
                $"{quarter.ToChinese()}的计划须在季度首月（{quarter.Months[0]}）编制，当前为{month} / the plan of {quarter} is drawn in the quarter's first month ({quarter.Months[0]}); it is {month}.");
        var trimmed = enterprises.Select(e => e with { CreditCode = e.CreditCode.Trim().ToUpperInvariant(), Name = e.Name.Trim() }).ToList();
        return new QuarterlyPlanDrawn(QuarterlyPlan.IdOf(quarter), quarter.ToString(), trimmed, [.. inspectors], count, seed, PlanDraw.Algorithm,
            PlanDraw.Run(quarter, checklist, trimmed, inspectors, count, seed), now, checklist.Number);
    }
}
