namespace Nanchuan.Procurement.Access;

/// <summary>
/// Who may do what. A project owner (建设单位: a public body, state-owned company or village collective, signed in as an
/// Enterprise with its credit code) publishes and runs its projects; bidders (Enterprise) register; the project's supervising
/// department approves justifications and checks performance; 区发展改革委, the business office and supervisors read
/// everything. Every refusal is a 403 with the reason (logged by the platform).
/// </summary>
internal static class ProcurementAccess
{
    public static bool ReadsEverything(Actor actor) =>
        actor.IsIn(Roles.BusinessOffice, Roles.Supervisor) || (actor.Role == Roles.DepartmentHandler && actor.Department == Departments.DevelopmentReform);

    public static Party EnsureEnterprise(Actor actor, string action)
    {
        if (actor.Role == Roles.Enterprise && !string.IsNullOrEmpty(actor.CreditCode)) return new Party(actor.CreditCode, actor.Name);
        throw new AccessDeniedException($"只有以统一社会信用代码登录的单位可以{action} / only an organisation signed in with its credit code may do this.");
    }

    public static void EnsureOwner(Actor actor, WorksProject project)
    {
        if (IsOwner(actor, project)) return;
        throw new AccessDeniedException($"只有项目业主{project.Owner.Name}可以办理 / only the project owner ({project.Owner.Name}) may do this.");
    }

    public static void EnsureSupervisingDepartment(Actor actor, WorksProject project)
    {
        if (actor.Role == Roles.DepartmentHandler && actor.Department == project.SupervisingDepartment) return;
        throw new AccessDeniedException($"只有监管部门{project.SupervisingDepartment}可以审批 / only the supervising department ({project.SupervisingDepartment}) may do this.");
    }

    public static void EnsureCanSee(Actor actor, WorksProject project)
    {
        if (ReadsEverything(actor) || IsOwner(actor, project)) return;
        if (actor.Role == Roles.DepartmentHandler && actor.Department == project.SupervisingDepartment) return;
        if (actor.Role == Roles.Enterprise && project.Registrations.Any(r => r.CreditCode == actor.CreditCode)) return;
        if (actor.Role == Roles.Enterprise && project.Contractor?.CreditCode == actor.CreditCode) return;
        throw new AccessDeniedException("无权查阅此项目的办理详情 / you may not read this project: it is neither your organisation's nor your department's.");
    }

    private static bool IsOwner(Actor actor, WorksProject project) =>
        actor.Role == Roles.Enterprise && string.Equals(actor.CreditCode, project.Owner.CreditCode, StringComparison.OrdinalIgnoreCase);
}
