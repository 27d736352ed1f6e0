using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.BuildingBlocks.Platform.Departments;

/// <summary>A unit entered the directory (机构目录): shipped with the platform, or added by an admin.</summary>
public sealed record DepartmentAdded(string DepartmentId, string Name, string EnglishName, DepartmentKind Kind, bool Shipped) : IDescribedEvent
{
    public string Describe() => $"机构目录新增{Name}（{DepartmentId}，{Kind.ToChinese()}，来源：{(Shipped ? "随平台发布" : "管理员")}）";
}

/// <summary>An admin renamed a unit; its id, and so every case assigned to it, stays.</summary>
public sealed record DepartmentRenamed(string DepartmentId, string PreviousName, string Name, string PreviousEnglishName, string EnglishName) : IDescribedEvent
{
    public string Describe() => $"机构更名：{PreviousName}改为{Name}（{DepartmentId}）";
}

/// <summary>An admin deactivated a unit: it can no longer be chosen for a new assignment; what it holds stays with it.</summary>
public sealed record DepartmentDeactivated(string DepartmentId, string Name, string Reason) : IDescribedEvent
{
    public string Describe() => $"机构停用：{Name}（{DepartmentId}），原因：{Reason}";
}

public static class DepartmentKindLabels
{
    public static string ToChinese(this DepartmentKind kind) => kind switch
    {
        DepartmentKind.DistrictDepartment => "区级部门",
        DepartmentKind.TownOrStreet => "镇街",
        DepartmentKind.Provider => "国有企业/公共服务企业",
        DepartmentKind.CourtOrCentre => "法院/矛调中心",
        _ => kind.ToString(),
    };
}
