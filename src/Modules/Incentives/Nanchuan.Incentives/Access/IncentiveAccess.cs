namespace Nanchuan.Incentives.Access;

/// <summary>
/// Who may do what. The park committee (工业园区管委会, DepartmentHandler users of it) keeps the ledgers, records the joint
/// review, tracks enterprises and decides items under other policies; the business office records the leading group's
/// decisions (it is the group's office, ADR 0044); the finance bureau schedules and pays; an enterprise reads its own
/// agreements; supervisors read everything. Every refusal is a 403 with the reason (logged by the platform).
/// </summary>
internal static class IncentiveAccess
{
    public static bool IsParkCommittee(Actor actor) => actor.Role == Roles.DepartmentHandler && actor.Department == Departments.ParkCommittee;

    public static bool IsFinance(Actor actor) => actor.Role == Roles.DepartmentHandler && actor.Department == Departments.Finance;

    /// <summary>Those who read every agreement and the worklists of the whole park.</summary>
    public static bool ReadsEverything(Actor actor) => IsParkCommittee(actor) || IsFinance(actor) || actor.IsIn(Roles.BusinessOffice, Roles.Supervisor);

    /// <summary>The park-wide worklists: the park committee, the finance bureau, the business office and supervisors.</summary>
    public static void EnsureParkWide(Actor actor)
    {
        if (!ReadsEverything(actor))
            throw new AccessDeniedException(
                $"全园区清单仅{Departments.ParkCommittee}、{Departments.Finance}、营商办及监督人员可查阅 / only the park committee, the finance bureau, the business office and supervisors read the park-wide lists.");
    }

    public static void EnsureParkCommittee(Actor actor)
    {
        if (!IsParkCommittee(actor))
            throw new AccessDeniedException($"只有{Departments.ParkCommittee}可以办理 / only the industrial park committee ({Departments.ParkCommittee}) may do this.");
    }

    public static void EnsureFinance(Actor actor)
    {
        if (!IsFinance(actor))
            throw new AccessDeniedException($"资金调度和兑付由{Departments.Finance}办理 / only the finance bureau ({Departments.Finance}) schedules and pays funds.");
    }

    /// <summary>The decision is the leading group's (recorded by the business office) or the park committee's; who else tries is refused.</summary>
    public static DecisionAuthority EnsureDecides(Actor actor)
    {
        if (actor.Role == Roles.BusinessOffice) return DecisionAuthority.LeadingGroup;
        if (IsParkCommittee(actor)) return DecisionAuthority.ParkCommittee;
        throw new AccessDeniedException(
            $"审定由“双兑现”工作领导小组（区营商办录入）或{Departments.ParkCommittee}作出 / only the leading group (recorded by the business office) or the park committee decides.");
    }

    /// <summary>The officer assigned to the agreement records the guidance given.</summary>
    public static void EnsureOfficer(Actor actor, Agreement agreement)
    {
        if (agreement.Officer is { } officer && officer.Id == actor.Id) return;
        throw new AccessDeniedException("只有该协议的跟踪服务专员可以记录指导 / only the agreement's tracking officer records guidance.");
    }

    public static void EnsureCanSee(Actor actor, Agreement agreement)
    {
        if (ReadsEverything(actor)) return;
        if (actor.Role == Roles.Enterprise && string.Equals(actor.CreditCode, agreement.CreditCode, StringComparison.OrdinalIgnoreCase)) return;
        throw new AccessDeniedException("无权查阅此协议 / you may not read this agreement: it is not your enterprise's.");
    }
}
