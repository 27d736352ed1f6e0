namespace Nanchuan.Enforcement.Planning;

/// <summary>A recorded draw's inputs, as its event holds them (candidates, count, seed).</summary>
public sealed record ReplayDrawRequest(
    string? Quarter, IReadOnlyList<PoolEnterprise>? Enterprises, IReadOnlyList<PoolInspector>? Inspectors, int? EnterprisesToInspect, string? Seed)
    : IOpenApiExample<ReplayDrawRequest>
{
    public static ReplayDrawRequest Example
    {
        get
        {
            var plan = DrawPlanRequest.Example;
            return new ReplayDrawRequest(plan.Quarter, plan.Enterprises, plan.Inspectors, plan.EnterprisesToInspect, plan.Seed);
        }
    }
}

/// <summary>The selection the inputs give, by the algorithm named.</summary>
public sealed record DrawReplayResponse(string Algorithm, IReadOnlyList<PlannedInspection> Entries);

public static class ReplayDrawEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/draw-replays")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Admin}")]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("复现抽取 / Replay a draw")]
    [EndpointDescription("Runs the plan's draw on the given candidates and seed and answers the selection; with a recorded plan's inputs it gives that plan's entries. Writes nothing. (A POST, so the platform keeps read-only supervisors out; they read the recorded inputs in the audit history.)")]
    [ProducesResponseType<DrawReplayResponse>(StatusCodes.Status200OK)]
    public static DrawReplayResponse Post(ReplayDrawRequest request)
    {
        var quarter = PlanInput.Check(request.Quarter, request.Enterprises, request.Inspectors, request.EnterprisesToInspect, request.Seed, seedRequired: true);
        var enterprises = request.Enterprises!.Select(e => e with { CreditCode = e.CreditCode.Trim().ToUpperInvariant(), Name = e.Name.Trim() }).ToList();
        return new DrawReplayResponse(PlanDraw.Algorithm, PlanDraw.Run(quarter, enterprises, request.Inspectors!, request.EnterprisesToInspect!.Value, request.Seed!.Trim()));
    }
}
