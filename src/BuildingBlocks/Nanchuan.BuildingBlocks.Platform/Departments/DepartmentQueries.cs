using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Events;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Departments;

/// <summary>A unit of the directory; <c>StreamId</c> is its history in the audit API (<c>GET /api/audit/streams/{streamId}</c>).</summary>
public sealed record DepartmentView(string Id, string Name, string EnglishName, DepartmentKind Kind, bool Active, long Version, Guid StreamId)
    : IOpenApiExample<DepartmentView>
{
    public static DepartmentView Example => new("qu-shichangjianguanju", "区市场监管局", "District Market Supervision Administration",
        DepartmentKind.DistrictDepartment, true, 1, Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"));

    internal static DepartmentView Of(DepartmentRecord r) => new(r.DepartmentId, r.Name, r.EnglishName, r.Kind, r.Active, r.Version, r.Id);
}

public static class DepartmentQueries
{
    public const string Route = "/api/directory/departments";
    public const string Tag = "Directory";

    [WolverineGet(Route)]
    [Tags(Tag)]
    [EndpointSummary("机构目录 / The departments and units directory")]
    [EndpointDescription("Every unit a case can be assigned to, by id: district departments, towns and streets, providers, the court and the centre. Deactivated units only with `includeInactive=true` (old cases still name them). Any signed-in user.")]
    public static async Task<IReadOnlyList<DepartmentView>> List(bool? includeInactive, IQuerySession session, CancellationToken cancellation)
    {
        var query = session.Query<DepartmentRecord>().AsQueryable();
        if (includeInactive != true) query = query.Where(r => r.Active);
        return (await query.OrderBy(r => r.Kind).ThenBy(r => r.DepartmentId).ToListAsync(cancellation)).Select(DepartmentView.Of).ToList();
    }

    [WolverineGet(Route + "/{departmentId}")]
    [Tags(Tag)]
    [EndpointSummary("机构目录中的一个单位 / One unit of the directory")]
    [EndpointDescription("The unit with this id, active or not.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<DepartmentView> Get(string departmentId, IQuerySession session, CancellationToken cancellation) =>
        DepartmentView.Of(await DepartmentDirectory.FindAsync(session, departmentId, cancellation)
                          ?? throw new NotFoundException($"机构目录中没有编号为“{departmentId}”的单位 / no unit with id '{departmentId}'."));
}
