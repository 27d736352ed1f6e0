using Microsoft.AspNetCore.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;

namespace Nanchuan.Procurement.Checks;

/// <summary>One drawn project as published: its title and owner, and its result once recorded.</summary>
public sealed record PublicCheckedProject(Guid ProjectId, string Title, string Owner, CheckOutcome? Outcome, string? Findings, DateTimeOffset? PublishedAt);

/// <summary>A department's draw of the quarter as published (一公开): how many projects, the minimum, the seed and algorithm, and the drawn projects.</summary>
public sealed record PublicCheckDraw(Guid Id, string Department, string Quarter, int Projects, int Minimum, string Seed, string Algorithm, DateTimeOffset DrawnAt,
    IReadOnlyList<PublicCheckedProject> Checked);

public static class PublicChecksEndpoint
{
    [WolverineGet($"{ProcurementModule.Route}/public/checks")]
    [AllowAnonymous]
    [EnableRateLimiting(PublicRateLimits.PublicPages)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("履约检查结果公开 / Published performance checks")]
    [EndpointDescription("Without sign-in: every department's draw of the quarter (`quarter`, e.g. 2025Q2, required), the drawn projects and the results published so far.")]
    [ProducesResponseType<IReadOnlyList<PublicCheckDraw>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<PublicCheckDraw>> Get(string? quarter, IQuerySession session, CancellationToken cancellation)
    {
        if (!Quarter.TryParse(quarter, out var parsed)) throw new DomainValidationException("quarter", "请按 2025Q2 的格式给出季度 / give the quarter as 2025Q2.");
        var key = parsed.ToString();
        var draws = await session.Query<CheckDraw>().Where(d => d.Quarter == key).ToListAsync(cancellation);
        var ids = draws.SelectMany(d => d.Draw.Selected).Select(Guid.Parse).ToArray();
        var projects = (await session.LoadManyAsync<WorksProject>(cancellation, ids)).ToDictionary(p => p.Id);
        return draws.OrderBy(d => d.Department, StringComparer.Ordinal).Select(d => new PublicCheckDraw(d.Id, d.Department, d.Quarter, d.Projects, d.Minimum, d.Draw.Seed,
            d.Draw.Algorithm, d.DrawnAt, d.Draw.Selected.Select(Guid.Parse).Select(id =>
            {
                var result = d.Results.FirstOrDefault(r => r.ProjectId == id);
                return new PublicCheckedProject(id, projects[id].Title, projects[id].Owner.Name, result?.Outcome, result?.Findings, result?.PublishedAt);
            }).ToList())).ToList();
    }
}
