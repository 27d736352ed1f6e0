using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.BuildingBlocks.Platform.Departments;

/// <summary>One unit of the directory as the platform holds it: one event stream per unit, snapshotted inline (as the calendar's years).</summary>
public sealed class DepartmentRecord
{
    public Guid Id { get; set; }
    public string DepartmentId { get; set; } = "";
    public string Name { get; set; } = "";
    public string EnglishName { get; set; } = "";
    public DepartmentKind Kind { get; set; }
    public bool Active { get; set; }
    public int Version { get; set; }

    public void Apply(DepartmentAdded added)
    {
        DepartmentId = added.DepartmentId;
        Name = added.Name;
        EnglishName = added.EnglishName;
        Kind = added.Kind;
        Active = true;
    }

    public void Apply(DepartmentRenamed renamed)
    {
        Name = renamed.Name;
        EnglishName = renamed.EnglishName;
    }

    public void Apply(DepartmentDeactivated _) => Active = false;

    /// <summary>Stream id of a unit: derived from its directory id, so every node finds the same stream.</summary>
    public static Guid StreamIdFor(string departmentId) => DerivedIds.FromName($"nanchuan:department:{departmentId}");
}
