using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.LandUse.Projects;

/// <summary>Finds a project by its one code; a malformed code is a field error, an unknown one a 404.</summary>
internal static class ProjectLookup
{
    public static void EnsureValidCode(string code)
    {
        if (!ProjectCode.IsValid(code))
            throw new DomainValidationException("code", "项目代码格式或校验位错误（应为 YYMM-500119-DD-TT-XXXXXC） / the project code is malformed or its check character is wrong.");
    }

    public static readonly CaseName Name = new("用地项目", "land-use project");

    public static async Task<Guid> StreamIdOf(IQuerySession session, string code, CancellationToken cancellation)
    {
        EnsureValidCode(code);
        var registered = await session.LoadAsync<ProjectCodeRegistration>(code, cancellation)
                         ?? throw new NotFoundException($"项目代码 {code} 不存在 / no project with code {code}.");
        return registered.ProjectId;
    }
}

/// <summary>The register of issued codes: one document per code, so a code is unique and never issued twice.</summary>
public sealed record ProjectCodeRegistration(string Id, Guid ProjectId);
