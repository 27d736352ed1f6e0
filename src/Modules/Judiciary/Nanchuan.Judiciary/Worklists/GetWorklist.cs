using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Judiciary.Worklists;

/// <summary>A case in a list: who, what, where it stands, and the buffer in force (its last day), if any.</summary>
public sealed record CaseItem(Guid Id, string CreditCode, string EnterpriseName, string Subject, DisputeStage Stage, DisputeStatus Status, DateOnly? BufferLastDay);

/// <summary>A mediation a unit owes: its due time and the working days left (frozen while paused; 0 once due).</summary>
public sealed record MediationItem(Guid Id, string EnterpriseName, string Subject, string Unit, DateTimeOffset DueAt, decimal WorkingDaysLeft, bool Paused, bool Overdue);

/// <summary>
/// What the signed-in user has to do or follow: the centre its unassigned and overdue cases; a unit its mediations with the
/// working days left; the court its filed cases not yet referred; an enterprise its own cases and any buffer in force.
/// Lists that do not concern the role are empty.
/// </summary>
public sealed record Worklist(IReadOnlyList<CaseItem> Unassigned, IReadOnlyList<MediationItem> Overdue, IReadOnlyList<MediationItem> Mediations, IReadOnlyList<CaseItem> Cases);

public static class GetWorklistEndpoint
{
    [WolverineGet($"{JudiciaryModule.Route}/worklist")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler}")]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("我的待办 / My worklist")]
    [EndpointDescription("区矛调中心: cases waiting for assignment and overdue mediations. A responsible unit: its mediations with the working days left. 区法院: filed cases not yet referred. An enterprise: its own cases and any settlement buffer in force.")]
    [ProducesResponseType<Worklist>(StatusCodes.Status200OK)]
    public static async Task<Worklist> Get(IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var now = time.GetUtcNow();
        if (actor.Role == Roles.Enterprise)
        {
            var own = await session.Query<DisputeCase>().Where(c => c.CreditCode == actor.CreditCode).ToListAsync(cancellation);
            return new Worklist([], [], [], [.. own.OrderBy(c => c.FiledAt).Select(c => Item(c, now))]);
        }
        if (JudiciaryAccess.IsCourt(actor))
        {
            var filed = await session.Query<DisputeCase>().Where(c => c.Status == DisputeStatus.Filed).ToListAsync(cancellation);
            return new Worklist([], [], [], [.. filed.OrderBy(c => c.FiledAt).Select(c => Item(c, now))]);
        }
        if (JudiciaryAccess.IsCentre(actor))
        {
            var open = await session.Query<DisputeCase>()
                .Where(c => c.Status == DisputeStatus.AwaitingAssignment || c.Status == DisputeStatus.Mediating).ToListAsync(cancellation);
            return new Worklist([.. open.Where(c => c.Status == DisputeStatus.AwaitingAssignment).OrderBy(c => c.ReferredAt).Select(c => Item(c, now))],
                [.. open.Where(c => c.Mediation is { Overdue: true }).Select(c => Mediation(c, calendar, now)).OrderBy(m => m.DueAt).ThenBy(m => m.Id)], [], []);
        }
        var mediating = await session.Query<DisputeCase>().Where(c => c.Status == DisputeStatus.Mediating).ToListAsync(cancellation);
        return new Worklist([], [], [.. mediating.Where(c => c.Mediation!.Unit == actor.Department).Select(c => Mediation(c, calendar, now)).OrderBy(m => m.DueAt).ThenBy(m => m.Id)], []);
    }

    private static CaseItem Item(DisputeCase c, DateTimeOffset now) => new(c.Id, c.CreditCode, c.EnterpriseName, c.Subject, c.Stage, c.Status,
        c.BufferAt(now) is { } buffer ? EnforcementStage.BufferDecision.LastDay(buffer.EndsAt) : null);

    private static MediationItem Mediation(DisputeCase c, IWorkingDayCalendar calendar, DateTimeOffset now)
    {
        var m = c.Mediation!;
        return new MediationItem(c.Id, c.EnterpriseName, c.Subject, m.Unit, m.DueAt, calendar.WorkingDaysBetween(m.PausedAt ?? now, m.DueAt), m.PausedAt is not null, m.Overdue);
    }
}
