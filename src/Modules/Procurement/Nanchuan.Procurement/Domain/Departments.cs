namespace Nanchuan.Procurement.Domain;

/// <summary>
/// 区发展改革委 leads the plan (牵头单位) and reads everything; the industry departments supervise the projects of their field
/// (行业主管部门) and approve direct awards and self-contracting. The list is a default: `Procurement:SupervisingDepartments`.
/// </summary>
internal static class Departments
{
    public const string DevelopmentReform = "区发展改革委";

    public static readonly IReadOnlyList<string> DefaultSupervising =
        ["区住房城乡建委", "区交通运输委", "区水利局", "区农业农村委", "区城市管理局", "区规划自然资源局"];
}

/// <summary>The supervising departments in force (configuration, defaulting to <see cref="Departments.DefaultSupervising"/>).</summary>
public sealed class SupervisingDepartments(IReadOnlyList<string> names)
{
    public IReadOnlyList<string> Names { get; } = names;

    public bool Contains(string name) => Names.Contains(name);
}
