using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.Console.Pages;

/// <summary>
/// One section of a worklist: a heading and the API call it shows. <paramref name="Rows"/> names the array of an object answer
/// (default: its first array); <paramref name="Live"/> sections refresh on server-sent events; <paramref name="Supervise"/>
/// rows get the 督办 button.
/// </summary>
internal sealed record WorklistSection(string Id, string Title, string Path, string? Rows = null, bool Live = false, bool Supervise = false, params string[] Hidden);

/// <summary>The worklist of each role (issue 20 point 4), built only from existing API calls (docs/access.md).</summary>
internal static class Worklists
{
    private const string Deadlines = "/api/oversight/deadlines";
    private static readonly string[] DeadlineNoise = ["caseType", "startedAt", "warningAt", "metAt", "onTime", "closedAt"];

    public static IReadOnlyList<WorklistSection> For(Actor user) => user.Role switch
    {
        Roles.WindowClerk =>
        [
            new("water", "用水报装", "/api/utilities/water-connections"),
            new("power", "用电报装", "/api/utilities/power-connections"),
            new("gas", "用气报装", "/api/utilities/gas-connections"),
        ],
        Roles.DepartmentHandler =>
        [
            new("department-deadlines", "本部门全部在办时限（按到期时间）", $"{Deadlines}?limit=100", Live: true, Hidden: DeadlineNoise),
            new("department-grievances", "交办本部门的诉求", "/api/grievances"),
        ],
        Roles.BusinessOffice =>
        [
            new("overdue", "跨模块超期清单", $"{Deadlines}?state=overdue&limit=100", Live: true, Supervise: true, Hidden: DeadlineNoise),
            new("due-soon", "临期事项", $"{Deadlines}?state=due-soon&limit=100", Live: true, Hidden: DeadlineNoise),
            new("board", "诉求看板", "/api/grievances/board", Live: true),
        ],
        Roles.Supervisor =>
        [
            new("overdue", "跨模块超期清单（只读）", $"{Deadlines}?state=overdue&limit=100", Live: true, Hidden: DeadlineNoise),
            new("due-soon", "临期事项（只读）", $"{Deadlines}?state=due-soon&limit=100", Live: true, Hidden: DeadlineNoise),
            new("refusals", "拒绝访问记录", "/api/audit/refusals"),
        ],
        Roles.Enterprise =>
        [
            new("my-cases", "本企业的案件（各模块）", $"/api/oversight/enterprises/{user.CreditCode}/thread", Rows: "cases"),
            new("due", "进行中的办理时限", $"/api/oversight/enterprises/{user.CreditCode}/thread", Rows: "runningDeadlines", Hidden: DeadlineNoise),
            new("my-grievances", "我的诉求", "/api/grievances"),
        ],
        Roles.Admin =>
        [
            new("calendar", "工作日历（年度节假日安排）", "/api/calendar/years"),
            new("departments", "机构目录", "/api/directory/departments"),
            new("catalogue", "事项目录（套餐）", "/api/licensing/catalogue/packages"),
            new("dead-letters", "死信队列", "/api/admin/dead-letters"),
        ],
        _ => [],
    };
}
