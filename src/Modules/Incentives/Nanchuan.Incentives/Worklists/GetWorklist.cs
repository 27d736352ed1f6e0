namespace Nanchuan.Incentives.Worklists;

/// <summary>An open milestone of a tracked enterprise, with the officer's reminder: when it comes, or that it came.</summary>
public sealed record TrackedMilestone(string Code, string Description, DateOnly DueDate, MilestoneStatus Status, DateTimeOffset RemindAt, bool Reminded);

/// <summary>An enterprise the officer follows one to one: its open milestones, earliest first, and the guidance given so far.</summary>
public sealed record TrackedEnterprise(
    Guid AgreementId, string Number, string CreditCode, string EnterpriseName, IReadOnlyList<TrackedMilestone> Milestones, IReadOnlyList<Guidance> Guidance);

/// <summary>What the signed-in user follows: an officer the enterprises assigned to them; an enterprise its own agreements with both ledgers.</summary>
public sealed record Worklist(IReadOnlyList<TrackedEnterprise> Tracking, IReadOnlyList<Agreement> Agreements);

public static class GetWorklistEndpoint
{
    [WolverineGet($"{IncentivesModule.Route}/worklist")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler}")]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("我的待办 / My worklist")]
    [EndpointDescription("A tracking officer of the park committee: the enterprises assigned to them, their open milestones and the next reminders. An enterprise: its own agreements with both ledgers — what it committed, what the government owes it and by when. Other departments: 403.")]
    [ProducesResponseType<Worklist>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<Worklist> Get(IQuerySession session, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise)
        {
            var own = await session.Query<Agreement>().Where(a => a.CreditCode == actor.CreditCode).ToListAsync(cancellation);
            return new Worklist([], [.. own.OrderBy(a => a.SignedOn).ThenBy(a => a.Number)]);
        }
        IncentiveAccess.EnsureParkCommittee(actor);
        var tracked = await session.Query<Agreement>().Where(a => a.Officer!.Id == actor.Id).ToListAsync(cancellation);
        return new Worklist(
        [
            .. tracked.OrderBy(a => a.Number).Select(a => new TrackedEnterprise(a.Id, a.Number, a.CreditCode, a.EnterpriseName,
                [
                    .. a.Milestones.Where(m => m.Status != MilestoneStatus.Fulfilled).OrderBy(m => m.DueDate)
                        .Select(m => new TrackedMilestone(m.Code, m.Description, m.DueDate, m.Status, Reminders.At(m.DueDate, a.Officer!.ReminderDays), m.Reminded)),
                ], a.Guidance)),
        ], []);
    }
}
