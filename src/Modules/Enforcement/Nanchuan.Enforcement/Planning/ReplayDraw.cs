using Nanchuan.Enforcement.Checklists;

namespace Nanchuan.Enforcement.Planning;

/// <summary>A recorded draw's inputs, as its event holds them (candidates, count, seed, checklist version: 1 when the event has none).</summary>
public sealed record ReplayDrawRequest(
    string? Quarter, IReadOnlyList<PoolEnterprise>? Enterprises, IReadOnlyList<PoolInspector>? Inspectors, int? EnterprisesToInspect, string? Seed, int? ChecklistVersion)
    : IOpenApiExample<ReplayDrawRequest>
{
    public static ReplayDrawRequest Example
    {
        get
        {
            var plan = DrawPlanRequest.Example;
            return new ReplayDrawRequest(plan.Quarter, plan.Enterprises, plan.Inspectors, plan.EnterprisesToInspect, plan.Seed, 1);
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
    [EndpointDescription("Runs the plan's draw on the given candidates, seed and checklist version and answers the selection; with a recorded plan's inputs it gives that plan's entries. Writes nothing. (A POST, so the platform keeps read-only supervisors out; they read the recorded inputs in the audit history.)")]
    [ProducesResponseType<DrawReplayResponse>(StatusCodes.Status200OK)]
    public static async Task<DrawReplayResponse> Post(ReplayDrawRequest request, IQuerySession session, CancellationToken cancellation)
    {
        var set = await ChecklistVersions.SetAsync(session, cancellation);
        var checklist = request.ChecklistVersion is { } number ? ChecklistSet.Find(set, number) : null;
        var errors = new FieldErrors();
        errors.If(request.ChecklistVersion is null, "checklistVersion", "请填写抽取时所用的应用场景清单版本 / give the checklist version the draw used.");
        errors.If(request.ChecklistVersion is not null && checklist is null, "checklistVersion",
            $"没有第{request.ChecklistVersion}版应用场景清单 / there is no checklist version {request.ChecklistVersion}.");
        var quarter = PlanInput.Check(checklist ?? ScenarioChecklists.Seed, request.Quarter, request.Enterprises, request.Inspectors, request.EnterprisesToInspect, request.Seed, seedRequired: true, errors);
        var enterprises = request.Enterprises!.Select(e => e with { CreditCode = e.CreditCode.Trim().ToUpperInvariant(), Name = e.Name.Trim() }).ToList();
        return new DrawReplayResponse(PlanDraw.Algorithm, PlanDraw.Run(quarter, checklist!, enterprises, request.Inspectors!, request.EnterprisesToInspect!.Value, request.Seed!.Trim()));
    }
}
