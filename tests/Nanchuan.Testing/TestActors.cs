using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.Testing;

/// <summary>Typical users of the platform, one per role.</summary>
public static class TestActors
{
    public static readonly Actor BusinessOffice = new("bo-1", "区营商办 张三", Roles.BusinessOffice, "区营商办", null, Channels.Web);
    public static readonly Actor Supervisor = new("sup-1", "区纪委监委 李四", Roles.Supervisor, null, null, Channels.Web);
    public static readonly Actor Admin = new("admin-1", "平台管理员", Roles.Admin, null, null, Channels.Web);
    /// <summary>A clerk at the service hall's comprehensive window (not one of the 20 service points).</summary>
    public static readonly Actor WindowClerk = new("clerk-1", "综合窗口 王五", Roles.WindowClerk, "区政务服务中心", null, Channels.Window, ServicePoints.Hall);
    public static readonly Actor MarketRegulator = new("dh-1", "区市场监管局 赵六", Roles.DepartmentHandler, "区市场监管局", null, Channels.Web, DepartmentId: "qu-shichangjianguanju");
    public static readonly Actor Planner = new("dh-2", "区规划自然资源局 孙七", Roles.DepartmentHandler, "区规划自然资源局", null, Channels.Web, DepartmentId: "qu-guihuaziranziyuanju");
    public static readonly Actor Enterprise = new("ent-1", "重庆南川示例科技有限公司", Roles.Enterprise, null, "91500119MA5U8XRB98", Channels.Web);
    public static readonly Actor Citizen = new("pub-1", "市民 周八", Roles.Public, null, null, Channels.Web);

    /// <summary>A handler of a unit the directory ships (ADR 0059), carrying its name and id as a token would.</summary>
    public static Actor HandlerOf(string departmentName, string? id = null)
    {
        var unit = DepartmentSeed.ByName(departmentName);
        return new(id ?? $"dh-{unit.Id}", $"{unit.Name} 经办人", Roles.DepartmentHandler, unit.Name, null, Channels.Web, DepartmentId: unit.Id);
    }

    /// <summary>A clerk of one of the 20 近快办 service points (e.g. 东城).</summary>
    public static Actor ClerkAt(string servicePoint) =>
        new($"clerk-{servicePoint}", $"{servicePoint}服务点 窗口人员", Roles.WindowClerk, servicePoint, null, Channels.Window, servicePoint);
}
