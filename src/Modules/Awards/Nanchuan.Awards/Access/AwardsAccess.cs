namespace Nanchuan.Awards.Access;

/// <summary>
/// Who may do what. The BusinessOffice runs the phases; an enterprise enters for itself, a department for its own unit (the
/// BusinessOffice records any entrant's submission); the public votes; judges on the panel score; supervisors read. Every
/// refusal is a 403 with the reason (logged by the platform).
/// </summary>
internal static class AwardsAccess
{
    /// <summary>The unit an actor enters for: an enterprise its credit code, a department itself; null for the BusinessOffice, which names the entrant.</summary>
    public static string? OwnUnit(Actor actor) => actor.Role switch
    {
        Roles.Enterprise => actor.CreditCode,
        Roles.DepartmentHandler => actor.Department,
        _ => null,
    };

    public static void EnsureMayEnter(Actor actor, EntrantKind kind, string? unit)
    {
        if (actor.Role == Roles.BusinessOffice) return;
        if (actor.Role == Roles.Enterprise && kind != EntrantKind.Enterprise)
            throw new AccessDeniedException("企业只能以企业身份申报本企业的案例 / an enterprise enters its own case, as an enterprise.");
        if (actor.Role == Roles.DepartmentHandler && kind is EntrantKind.Enterprise or EntrantKind.Individual)
            throw new AccessDeniedException("部门只能申报本单位的案例；企业和个人的案例由其本人或区营商办申报 / a department enters its own unit's case.");
        if (unit is not null && !Units.Same(unit, OwnUnit(actor) ?? ""))
            throw new AccessDeniedException($"只能申报本单位（{OwnUnit(actor)}）的案例 / you may enter only your own unit's case ({OwnUnit(actor)}).");
    }

    /// <summary>A judge of the panel, and not of the entrant's unit (conflict of interest).</summary>
    public static Judge EnsureMayScore(Actor actor, Contest contest, Entry entry)
    {
        var judge = contest.Panel.FirstOrDefault(j => j.JudgeId == actor.Id)
                    ?? throw new AccessDeniedException($"您不是{contest.Year}年度决赛评审团成员 / you are not on the {contest.Year} final's panel.");
        if (Units.Same(judge.Unit, entry.Unit))
            throw new AccessDeniedException($"评委不能为本单位（{judge.Unit}）申报的案例评分（回避） / a judge may not score a case entered by their own unit ({judge.Unit}): conflict of interest.");
        return judge;
    }
}
