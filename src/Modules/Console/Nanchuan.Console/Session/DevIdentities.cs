namespace Nanchuan.Console.Session;

/// <summary>One identity the Development sign-in offers: the body of POST /api/dev/tokens.</summary>
internal sealed record DevIdentity(string Key, string Label, string Role, string Name, string? Department = null, string? CreditCode = null, string? ServicePoint = null);

/// <summary>The Development sign-in's ready-made users, one per role (the same people as the tests' TestActors).</summary>
internal static class DevIdentities
{
    public static readonly IReadOnlyList<DevIdentity> All =
    [
        new("business-office", "区营商办 张三（区营商办）", "BusinessOffice", "区营商办 张三"),
        new("supervisor", "区纪委监委 李四（监督人员）", "Supervisor", "区纪委监委 李四"),
        new("market-regulator", "区市场监管局 赵六（部门经办人）", "DepartmentHandler", "区市场监管局 赵六", Department: "qu-shichangjianguanju"),
        new("window-clerk", "综合窗口 王五（窗口人员）", "WindowClerk", "综合窗口 王五", ServicePoint: "区政务服务中心"),
        new("enterprise", "重庆南川示例科技有限公司（企业）", "Enterprise", "重庆南川示例科技有限公司", CreditCode: "91500119MA5U8XRB98"),
        new("admin", "平台管理员（管理员）", "Admin", "平台管理员"),
    ];
}
