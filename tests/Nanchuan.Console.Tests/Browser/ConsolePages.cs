using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Nanchuan.Console.Tests.Browser;

/// <summary>What every browser test does: sign in with a Development identity, check accessibility.</summary>
internal static class ConsolePages
{
    /// <summary>The Development sign-in's buttons (DevIdentities), by role.</summary>
    public static readonly IReadOnlyDictionary<string, string> Identities = new Dictionary<string, string>
    {
        ["BusinessOffice"] = "区营商办 张三（区营商办）",
        ["Supervisor"] = "区纪委监委 李四（监督人员）",
        ["DepartmentHandler"] = "区市场监管局 赵六（部门经办人）",
        ["WindowClerk"] = "综合窗口 王五（窗口人员）",
        ["Enterprise"] = "重庆南川示例科技有限公司（企业）",
        ["Admin"] = "平台管理员（管理员）",
    };

    /// <summary>Opens the console, which sends a stranger to sign-in, and signs in as the role's identity.</summary>
    public static async Task SignInAsync(this IPage page, string role)
    {
        await page.GotoAsync("/console");
        page.Url.ShouldContain("/console/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = Identities[role], Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("工作台");
    }

    /// <summary>axe-core on the page as it is: no violation of serious or critical impact.</summary>
    public static async Task ShouldBeAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var severe = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        severe.ShouldBeEmpty($"{page.Url}");
    }
}
