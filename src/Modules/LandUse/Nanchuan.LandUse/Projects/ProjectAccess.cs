using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.LandUse.Domain.Projects;

namespace Nanchuan.LandUse.Projects;

/// <summary>Who may see or act on a project: an enterprise only its own; staff roles all land-use projects.</summary>
public static class ProjectAccess
{
    public const string Staff = $"{Roles.WindowClerk},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Admin}";
    public const string Readers = $"{Staff},{Roles.Supervisor},{Roles.Enterprise}";
    public const string Submitters = $"{Roles.WindowClerk},{Roles.DepartmentHandler},{Roles.Enterprise}";
    public const string Handlers = $"{Roles.WindowClerk},{Roles.DepartmentHandler}";

    public static void EnsureCanSee(LandUseProject project, Actor actor)
    {
        if (actor.Role == Roles.Enterprise && actor.CreditCode != project.CreditCode)
            throw new AccessDeniedException($"企业只能查看本企业的用地项目 / an enterprise sees only its own projects ({project.Code} belongs to another enterprise).");
    }
}
