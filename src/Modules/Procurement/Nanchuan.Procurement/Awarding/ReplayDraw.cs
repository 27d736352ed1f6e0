namespace Nanchuan.Procurement.Awarding;

/// <summary>A recorded draw's inputs as its event holds them: the candidates, the seed and how many were drawn.</summary>
public sealed record ReplayDrawBody(IReadOnlyList<string>? Candidates, string? Seed, int? Count) : IOpenApiExample<ReplayDrawBody>
{
    public static ReplayDrawBody Example => new(["91500119MA5EF0A126", "91500119MA5EF0A201", "91500119MA5EF0A39X"], "2025-05-12 公开抽取", 1);
}

/// <summary>What the inputs give by the algorithm named.</summary>
public sealed record DrawReplayResponse(string Algorithm, IReadOnlyList<string> Selected);

public static class ReplayDrawEndpoint
{
    [WolverinePost($"{ProcurementModule.Route}/draw-replays")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Admin}")]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("复现随机抽取 / Replay a draw")]
    [EndpointDescription("Runs the platform's auditable draw on the given candidates and seed: with a recorded award draw's or check draw's inputs it gives the recorded selection. Writes nothing. (A POST, so the platform keeps read-only supervisors out; they read the inputs in the audit history.)")]
    [ProducesResponseType<DrawReplayResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static DrawReplayResponse Post(ReplayDrawBody request)
    {
        var errors = new FieldErrors();
        errors.If(request.Candidates is null || request.Candidates.Count == 0 || request.Candidates.Any(string.IsNullOrWhiteSpace), "candidates",
            "请提供候选名单（不能有空项） / give the candidates (none blank).");
        errors.RequireText("seed", request.Seed, "抽取种子", "the seed");
        errors.If(request.Count is not >= 1, "count", "抽取数量至少为1 / draw at least one.");
        errors.ThrowIfAny();
        var draw = AwardDraws.Draw(request.Candidates!.Select(c => c.Trim()), request.Seed!.Trim(), request.Count!.Value);
        return new DrawReplayResponse(draw.Algorithm, draw.Selected);
    }
}
