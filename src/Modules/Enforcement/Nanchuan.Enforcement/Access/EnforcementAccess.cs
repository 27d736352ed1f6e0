namespace Nanchuan.Enforcement.Access;

/// <summary>
/// Who may do what. The Justice Bureau (区司法局, DepartmentHandler users of that department) plans and supervises; the 11
/// participating departments inspect; an enterprise sees its own inspections and reports unauthorised ones; the business
/// office and supervisors read everything. Every refusal is a 403 with the reason (logged by the platform).
/// </summary>
internal static class EnforcementAccess
{
    public static bool IsJusticeBureau(Actor actor) => actor.Role == Roles.DepartmentHandler && actor.Department == Departments.JusticeBureau;

    public static bool ReadsEverything(Actor actor) => IsJusticeBureau(actor) || actor.IsIn(Roles.BusinessOffice, Roles.Supervisor);

    public static void EnsureJusticeBureau(Actor actor, string action)
    {
        if (!IsJusticeBureau(actor))
            throw new AccessDeniedException($"只有区司法局可以{action} / only the Justice Bureau (区司法局) may do this.");
    }

    /// <summary>An inspecting department's own staff.</summary>
    public static string EnsureInspectingDepartment(Actor actor)
    {
        if (actor.Role == Roles.DepartmentHandler && actor.Department is { } department && Departments.Inspecting.Contains(department)) return department;
        throw new AccessDeniedException(
            $"{actor.Department ?? actor.Role}不是“综合查一次”的执法部门 / {actor.Department ?? actor.Role} is not one of the 11 inspecting departments.");
    }

    /// <summary>A department of the inspection records its findings.</summary>
    public static void EnsureInspectionDepartment(Actor actor, Inspection inspection)
    {
        if (actor.Role == Roles.DepartmentHandler && inspection.Departments.Contains(actor.Department ?? "")) return;
        throw new AccessDeniedException($"只有参加本次检查的部门可以记录 / only a department of this inspection ({string.Join("、", inspection.Departments)}) may do this.");
    }

    public static void EnsureItemDepartment(Actor actor, string department)
    {
        if (actor.Role != Roles.DepartmentHandler || actor.Department != department)
            throw new AccessDeniedException($"只有{department}可以确认该项整改 / only {department} may confirm this rectification.");
    }

    public static void EnsureCanSee(Actor actor, Inspection inspection)
    {
        if (ReadsEverything(actor)) return;
        if (actor.Role == Roles.Enterprise && string.Equals(actor.CreditCode, inspection.CreditCode, StringComparison.OrdinalIgnoreCase)) return;
        if (actor.Role == Roles.DepartmentHandler && inspection.Departments.Contains(actor.Department ?? "")) return;
        throw new AccessDeniedException("无权查阅此检查 / you may not read this inspection: it is neither your enterprise's nor your department's.");
    }

    public static void EnsureCanSee(Actor actor, UnauthorisedInspection report)
    {
        if (ReadsEverything(actor)) return;
        if (actor.Role == Roles.Enterprise && string.Equals(actor.CreditCode, report.CreditCode, StringComparison.OrdinalIgnoreCase)) return;
        throw new AccessDeniedException("擅自检查线索仅区司法局、营商办、监督人员及所涉企业可查阅 / only the Justice Bureau, the business office, supervisors and the enterprise concerned may read it.");
    }

    public static void EnsureCanSee(Actor actor, InspectionVisit visit)
    {
        if (ReadsEverything(actor)) return;
        if (actor.Role == Roles.Enterprise && string.Equals(actor.CreditCode, visit.CreditCode, StringComparison.OrdinalIgnoreCase)) return;
        if (actor.Role == Roles.DepartmentHandler && actor.Department == visit.Department) return;
        throw new AccessDeniedException("无权查阅此入企登记 / you may not read this visit: it is neither your enterprise's nor your department's.");
    }
}
