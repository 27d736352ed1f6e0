using Marten;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Departments;

/// <summary>How a module turns a unit id from a request into the unit (ADR 0060): unknown or inactive is a 400 on the field.</summary>
public static class DepartmentDirectory
{
    /// <summary>The active unit with this id; otherwise a field error on <paramref name="field"/> (nothing is written).</summary>
    public static async Task<DepartmentRecord> RequireActiveAsync(IQuerySession session, string field, string? departmentId, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(departmentId))
            throw new DomainValidationException(field, "请从机构目录选择单位（填写单位编号） / choose a unit of the directory by its id.");
        var unit = await FindAsync(session, departmentId, cancellation)
                   ?? throw new DomainValidationException(field, $"机构目录中没有编号为“{departmentId.Trim()}”的单位 / the directory has no unit with id '{departmentId.Trim()}'.");
        if (!unit.Active)
            throw new DomainValidationException(field, $"{unit.Name}（{unit.DepartmentId}）已停用，不能再交办 / {unit.EnglishName} ({unit.DepartmentId}) is deactivated and cannot be chosen.");
        return unit;
    }

    public static Task<DepartmentRecord?> FindAsync(IQuerySession session, string departmentId, CancellationToken cancellation) =>
        session.LoadAsync<DepartmentRecord>(DepartmentRecord.StreamIdFor(departmentId.Trim()), cancellation);
}
