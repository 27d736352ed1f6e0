namespace Nanchuan.Incentives.Worklists;

/// <summary>An enterprise milestone past its due date and not fulfilled (履约风险), with the agreement's tracking officer.</summary>
public sealed record MilestoneAtRisk(
    Guid AgreementId, string Number, string CreditCode, string EnterpriseName, string Code, MilestoneKind Kind, string Description, decimal? Target,
    DateOnly DueDate, string? Officer, IReadOnlyList<string> DependentItems);

public static class GetMilestonesAtRiskEndpoint
{
    [WolverineGet($"{IncentivesModule.Route}/milestones-at-risk")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("履约风险清单 / Milestones at risk")]
    [EndpointDescription("Every enterprise milestone whose due date passed unfulfilled, earliest first, with the tracking officer and the government items that wait for it. For the park committee, the finance bureau, the business office and supervisors.")]
    [ProducesResponseType<IReadOnlyList<MilestoneAtRisk>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<IReadOnlyList<MilestoneAtRisk>> Get(IQuerySession session, CancellationToken cancellation)
    {
        IncentiveAccess.EnsureParkWide(CurrentActor.Value);
        var agreements = await session.Query<Agreement>().Where(a => a.HasAtRisk).ToListAsync(cancellation);
        return
        [
            .. agreements.SelectMany(a => a.Milestones.Where(m => m.Status == MilestoneStatus.AtRisk).Select(m => new MilestoneAtRisk(a.Id, a.Number, a.CreditCode,
                    a.EnterpriseName, m.Code, m.Kind, m.Description, m.Target, m.DueDate, a.Officer?.Name,
                    [.. a.Incentives.Where(i => i.ConditionMilestone == m.Code).Select(i => i.Code)])))
                .OrderBy(m => m.DueDate).ThenBy(m => m.Number).ThenBy(m => m.Code),
        ];
    }
}
