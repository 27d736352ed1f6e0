using Nanchuan.BuildingBlocks.Draws;

namespace Nanchuan.Procurement.Checks;

/// <summary>The quarter to draw for; <c>count</c> (at least the minimum) and <c>seed</c> may be given, else the minimum and a server seed.</summary>
public sealed record DrawChecksRequest(string? Quarter, int? Count, string? Seed) : IOpenApiExample<DrawChecksRequest>
{
    public static DrawChecksRequest Example => new("2025Q2", null, "2025Q2 履约检查公开抽取");
}

public sealed record ChecksDrawnResponse(Guid Id, string Quarter, int Projects, int Minimum, string Seed, string Algorithm, IReadOnlyList<string> Selected)
    : CreationResponse($"{ProcurementModule.Route}/checks/{Id}");

public static class DrawChecksEndpoint
{
    [WolverinePost($"{ProcurementModule.Route}/checks")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("履约检查双随机抽取 / Draw the quarter's performance checks")]
    [EndpointDescription("A supervising department draws, once per calendar quarter, at least ceil(10 % × its projects published in the quarter) of them for 双随机、一公开 performance checks (25 projects → 3). The event records the candidate projects, the seed and the algorithm; replay with POST /api/procurement/draw-replays. A count below the minimum is 400; a second draw or a quarter without projects is 409.")]
    [ProducesResponseType<ChecksDrawnResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<ChecksDrawnResponse> Post(
        DrawChecksRequest request, IDocumentSession session, SupervisingDepartments departments, TimeProvider time, CancellationToken cancellation)
    {
        var department = CurrentActor.Value.Department ?? "";
        if (!departments.Contains(department)) throw new AccessDeniedException("只有限下工程的监管部门可以抽取履约检查 / only a supervising department draws performance checks.");
        var errors = new FieldErrors();
        if (!Quarter.TryParse(request.Quarter, out var quarter)) errors.Add("quarter", "季度格式应为如 2025Q2 / the quarter must look like 2025Q2.");
        errors.If(request.Seed is not null && string.IsNullOrWhiteSpace(request.Seed), "seed", "种子不能为空白；不填则由系统生成 / the seed cannot be blank; leave it out to have one drawn.");
        errors.ThrowIfAny();
        var key = quarter.ToString();
        var id = CheckDraw.IdOf(department, key);
        const string action = "抽取履约检查 (draw the checks)";
        if (await CaseStreams.LoadIfAnyAsync<CheckDraw>(session, id, cancellation) is { } existing)
            throw new InvalidStateTransitionException("已抽取", action, $"{department}{quarter.ToChinese()}的履约检查已于{existing.Aggregate!.DrawnAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}抽取 / drawn already.");
        var projects = await session.Query<WorksProject>().Where(p => p.SupervisingDepartment == department && p.Quarter == key).Select(p => p.Id).ToListAsync(cancellation);
        if (projects.Count == 0) throw new InvalidStateTransitionException("本季度无项目", action);
        var minimum = CheckDraw.MinimumOf(projects.Count);
        errors.If(request.Count is { } count && (count < minimum || count > projects.Count), "count",
            $"抽取数量须在{minimum}（项目数{projects.Count}的10%向上取整）与{projects.Count}之间 / draw between {minimum} (10 % of {projects.Count}, rounded up) and {projects.Count}.");
        errors.ThrowIfAny();
        var seed = string.IsNullOrWhiteSpace(request.Seed) ? AuditableDraw.NewSeed() : request.Seed.Trim();
        var drawn = new PerformanceChecksDrawn(id, department, key, minimum, AwardDraws.Draw(projects.Select(p => p.ToString()), seed, request.Count ?? minimum), time.GetUtcNow());
        session.Events.StartStream<CheckDraw>(id, drawn);
        return new ChecksDrawnResponse(id, key, projects.Count, minimum, seed, drawn.Draw.Algorithm, drawn.Draw.Selected);
    }
}
