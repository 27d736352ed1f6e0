namespace Nanchuan.LandUse.Projects;

/// <summary>
/// Who may see or act on a project: an enterprise only its own; a department handler only from the department that runs
/// the one-code process (区规划自然资源局, which issued the plan and hosts the registration centre); window clerks, the
/// BusinessOffice, admins and (read-only) supervisors all projects.
/// </summary>
internal static class ProjectAccess
{
    public const string Staff = $"{Roles.WindowClerk},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Admin}";
    public const string Readers = $"{Staff},{Roles.Supervisor},{Roles.Enterprise}";
    public const string Submitters = $"{Roles.WindowClerk},{Roles.DepartmentHandler},{Roles.Enterprise}";
    public const string Handlers = $"{Roles.WindowClerk},{Roles.DepartmentHandler}";

    public const string ResponsibleDepartment = "区规划自然资源局";

    public static void EnsureCanSee(LandUseProject project, Actor actor)
    {
        EnsureDepartment(actor);
        if (actor.Role == Roles.Enterprise && actor.CreditCode != project.CreditCode)
            throw new AccessDeniedException($"企业只能查看本企业的用地项目 / an enterprise sees only its own projects ({project.Code} belongs to another enterprise).");
    }

    /// <summary>A department handler of another department has nothing to do with land-use projects.</summary>
    public static void EnsureDepartment(Actor actor)
    {
        if (actor.Role == Roles.DepartmentHandler && actor.Department != ResponsibleDepartment)
            throw new AccessDeniedException($"用地项目由{ResponsibleDepartment}办理，{actor.Department}无权访问 / land-use projects are handled by {ResponsibleDepartment}, not {actor.Department}.");
    }
}
