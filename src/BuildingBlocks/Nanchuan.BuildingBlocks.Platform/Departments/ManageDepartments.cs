using System.Text.RegularExpressions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Events;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Departments;

/// <summary>An admin adds a unit to the directory.</summary>
/// <param name="Id">The unit's stable id (ADR 0059): lower-case letters, digits and hyphens, e.g. <c>qu-tiyuju</c>; never changes, never reused.</param>
/// <param name="Name">The Chinese name, as on slips and reports.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Kind">District department, town or street, provider, or court / centre.</param>
public sealed record AddDepartment(string Id, string Name, string EnglishName, DepartmentKind Kind) : IOpenApiExample<AddDepartment>
{
    public static AddDepartment Example => new("qu-tiyuju", "区文化旅游委", "District Culture and Tourism Commission", DepartmentKind.DistrictDepartment);
}

/// <summary>An admin renames a unit (an institutional reform renames, it does not make a new unit).</summary>
public sealed record RenameDepartment(string Name, string EnglishName) : IOpenApiExample<RenameDepartment>
{
    public static RenameDepartment Example => new("区经济和信息化委员会", "District Commission of Economy and Information Technology");
}

/// <summary>An admin deactivates a unit (merged or abolished), saying why.</summary>
public sealed record DeactivateDepartment(string Reason) : IOpenApiExample<DeactivateDepartment>
{
    public static DeactivateDepartment Example => new("机构改革，职能并入区发展改革委");
}

public static partial class ManageDepartmentsEndpoints
{
    [WolverinePost(DepartmentQueries.Route)]
    [Authorize(Roles = Roles.Admin)]
    [Tags(DepartmentQueries.Tag)]
    [EndpointSummary("新增单位 / Add a unit to the directory")]
    [EndpointDescription("Admins only. The id is chosen once and never changes; 409 if it is taken (also by a deactivated unit).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<DepartmentView> Add(AddDepartment command, IDocumentSession session, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var id = errors.Text("id", command.Id, "单位编号", "the id");
        if (id.Length > 0 && !IdPattern().IsMatch(id))
            errors.Add("id", "单位编号只能由小写字母、数字和连字符组成，2至40个字符 / the id is 2-40 lower-case letters, digits and hyphens.");
        var name = errors.Text("name", command.Name, "中文名称", "the Chinese name");
        var english = errors.Text("englishName", command.EnglishName, "英文名称", "the English name");
        errors.If(!Enum.IsDefined(command.Kind), "kind", "单位类别无效 / unknown kind.");
        errors.ThrowIfAny();

        if (await DepartmentDirectory.FindAsync(session, id, cancellation) is { } existing)
            throw new InvalidStateTransitionException(existing.Active ? "已存在" : "已停用", "新增单位",
                $"编号{id}已用于{existing.Name}，不能重复使用 / the id {id} is already used by {existing.EnglishName}.");
        var added = new DepartmentAdded(id, name, english, command.Kind, Shipped: false);
        session.Events.StartStream<DepartmentRecord>(DepartmentRecord.StreamIdFor(id), added);
        return ViewAfter(added, version: 1);
    }

    [WolverinePut(DepartmentQueries.Route + "/{departmentId}/name")]
    [Authorize(Roles = Roles.Admin)]
    [Tags(DepartmentQueries.Tag)]
    [EndpointSummary("单位更名 / Rename a unit")]
    [EndpointDescription("Admins only. The id stays, so cases assigned to the unit stay with it; past events keep the name the unit had then. 404 for an unknown id, 409 for a deactivated unit.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<DepartmentView> Rename(string departmentId, RenameDepartment command, IDocumentSession session, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", command.Name, "中文名称", "the Chinese name");
        var english = errors.Text("englishName", command.EnglishName, "英文名称", "the English name");
        errors.ThrowIfAny();
        var unit = await ActiveAsync(session, departmentId, "更名", cancellation);
        session.Events.Append(unit.Id, unit.Version + 1, new DepartmentRenamed(unit.DepartmentId, unit.Name, name, unit.EnglishName, english));
        return DepartmentView.Of(unit) with { Name = name, EnglishName = english, Version = unit.Version + 1 };
    }

    [WolverinePost(DepartmentQueries.Route + "/{departmentId}/deactivation")]
    [Authorize(Roles = Roles.Admin)]
    [Tags(DepartmentQueries.Tag)]
    [EndpointSummary("停用单位 / Deactivate a unit")]
    [EndpointDescription("Admins only. A deactivated unit cannot be chosen for a new assignment (400 on the field); cases it holds stay with it. 404 for an unknown id, 409 if already deactivated.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<DepartmentView> Deactivate(string departmentId, DeactivateDepartment command, IDocumentSession session, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", command.Reason, "停用原因", "the reason");
        errors.ThrowIfAny();
        var unit = await ActiveAsync(session, departmentId, "停用", cancellation);
        session.Events.Append(unit.Id, unit.Version + 1, new DepartmentDeactivated(unit.DepartmentId, unit.Name, reason));
        return DepartmentView.Of(unit) with { Active = false, Version = unit.Version + 1 };
    }

    private static async Task<DepartmentRecord> ActiveAsync(IDocumentSession session, string departmentId, string action, CancellationToken cancellation)
    {
        var unit = await DepartmentDirectory.FindAsync(session, departmentId, cancellation)
                   ?? throw new NotFoundException($"机构目录中没有编号为“{departmentId}”的单位 / no unit with id '{departmentId}'.");
        if (!unit.Active) throw new InvalidStateTransitionException("已停用", action);
        return unit;
    }

    private static DepartmentView ViewAfter(DepartmentAdded added, long version) =>
        new(added.DepartmentId, added.Name, added.EnglishName, added.Kind, true, version, DepartmentRecord.StreamIdFor(added.DepartmentId));

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$")]
    private static partial Regex IdPattern();
}
