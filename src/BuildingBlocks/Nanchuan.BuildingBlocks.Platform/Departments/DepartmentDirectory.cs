using Marten;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Departments;

/// <summary>How a module turns a unit id from a request into the unit (ADR 0060): unknown or inactive is a 400 on the field.</summary>
public static class DepartmentDirectory
{
    /// <summary>The active unit with this id; otherwise a field error on <paramref name="field"/> (nothing is written).</summary>
    public static async Task<DepartmentRecord> RequireActiveAsync(IQuerySession session, string field, string? departmentId, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var unit = await FindActiveAsync(session, errors, field, departmentId, cancellation);
        errors.ThrowIfAny();
        return unit!;
    }

    /// <summary>The active unit with this id, or null with the reason added to <paramref name="errors"/> (for a decision that reports every field at once).</summary>
    public static async Task<DepartmentRecord?> FindActiveAsync(IQuerySession session, FieldErrors errors, string field, string? departmentId, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(departmentId))
        {
            errors.Add(field, "请从机构目录选择单位（填写单位编号） / choose a unit of the directory by its id.");
            return null;
        }
        var unit = await FindAsync(session, departmentId, cancellation);
        if (unit is null)
            errors.Add(field, $"机构目录中没有编号为“{departmentId.Trim()}”的单位 / the directory has no unit with id '{departmentId.Trim()}'.");
        else if (!unit.Active)
            errors.Add(field, $"{unit.Name}（{unit.DepartmentId}）已停用，不能再交办 / {unit.EnglishName} ({unit.DepartmentId}) is deactivated and cannot be chosen.");
        return unit is { Active: true } ? unit : null;
    }

    public static Task<DepartmentRecord?> FindAsync(IQuerySession session, string departmentId, CancellationToken cancellation) =>
        session.LoadAsync<DepartmentRecord>(DepartmentRecord.StreamIdFor(departmentId.Trim()), cancellation);
}
