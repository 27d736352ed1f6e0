namespace Nanchuan.Judiciary.Access;

/// <summary>
/// Who may do what. The district court (区法院) files, refers, convenes the legal health check, records preservation and the
/// enforcement stage; the conflict-mediation centre (区矛调中心) assigns; the assigned unit mediates. An enterprise reads its own
/// cases; the business office and supervisors read everything and change nothing. Every refusal is a 403 with the reason.
/// </summary>
internal static class JudiciaryAccess
{
    public static bool IsCourt(Actor actor) => actor.Role == Roles.DepartmentHandler && actor.Department == Units.Court;

    public static bool IsCentre(Actor actor) => actor.Role == Roles.DepartmentHandler && actor.Department == Units.Centre;

    public static bool ReadsEverything(Actor actor) => IsCourt(actor) || IsCentre(actor) || actor.IsIn(Roles.BusinessOffice, Roles.Supervisor);

    public static void EnsureCourt(Actor actor, string action)
    {
        if (!IsCourt(actor)) throw new AccessDeniedException($"只有区法院可以{action} / only the district court (区法院) may do this.");
    }

    /// <summary>The enterprise of the case acts for itself; the court records on its behalf.</summary>
    public static void EnsureCourtOrOwnEnterprise(Actor actor, DisputeCase dispute, string action)
    {
        if (IsCourt(actor) || (actor.Role == Roles.Enterprise && string.Equals(actor.CreditCode, dispute.CreditCode, StringComparison.OrdinalIgnoreCase))) return;
        throw new AccessDeniedException($"只有本案企业或区法院可以{action} / only the enterprise of the case or the district court may do this.");
    }

    public static void EnsureCentre(Actor actor, string action)
    {
        if (!IsCentre(actor)) throw new AccessDeniedException($"只有区矛调中心可以{action} / only the district conflict-mediation centre (区矛调中心) may do this.");
    }

    /// <summary>
    /// The unit the case is assigned to now acts on its mediation. A case with no unit is refused by the step itself (409 naming
    /// the state), so this checks only a case a unit mediates.
    /// </summary>
    public static void EnsureAssignedUnit(Actor actor, DisputeCase dispute)
    {
        if (dispute.Mediation is not { } mediation || (actor.Role == Roles.DepartmentHandler && mediation.Unit == actor.Department)) return;
        throw new AccessDeniedException($"本案交办{mediation.Unit}调处，其他单位不能办理 / the case is assigned to {mediation.Unit}; no other unit may act on it.");
    }

    /// <summary>Those handling the case now see the parties' personal data: the court, the centre and the unit mediating it.</summary>
    public static bool Handles(Actor actor, DisputeCase dispute) =>
        IsCourt(actor) || IsCentre(actor) || (actor.Role == Roles.DepartmentHandler && dispute.Mediation?.Unit == actor.Department);

    public static void EnsureCanSee(Actor actor, DisputeCase dispute)
    {
        if (ReadsEverything(actor) || Handles(actor, dispute)) return;
        if (actor.Role == Roles.Enterprise && string.Equals(actor.CreditCode, dispute.CreditCode, StringComparison.OrdinalIgnoreCase)) return;
        if (actor.Role == Roles.DepartmentHandler && (dispute.ResultUnit == actor.Department || dispute.HandBacks.Any(h => h.Unit == actor.Department))) return;
        throw new AccessDeniedException("无权查阅此案件 / you may not read this case: it is neither your enterprise's nor assigned to your unit.");
    }
}
