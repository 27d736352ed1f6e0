using Microsoft.Playwright;

namespace Nanchuan.Console.Tests.Browser;

/// <summary>Each role signs in and gets its worklist: every section's API call answered for that role, and the page accessible.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RoleWorklistTests(ConsoleHost platform)
{
    [Theory]
    [InlineData("BusinessOffice", "跨模块超期清单")]
    [InlineData("Supervisor", "拒绝访问记录")]
    [InlineData("DepartmentHandler", "本部门全部在办时限（按到期时间）")]
    [InlineData("WindowClerk", "用水报装")]
    [InlineData("Enterprise", "本企业的案件（各模块）")]
    [InlineData("Admin", "死信队列")]
    public async Task Each_role_signs_in_to_its_own_worklist_which_the_API_answers_in_full(string role, string section)
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync(role);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section, Exact = true })).ToBeVisibleAsync();
        (await page.Locator(".problem").CountAsync()).ShouldBe(0, await page.Locator("main").InnerTextAsync());
        await page.ShouldBeAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_department_and_the_enterprise_see_the_overdue_request_that_concerns_them_and_nothing_of_others()
    {
        var handler = await platform.NewPageAsync();
        await handler.SignInAsync("DepartmentHandler");
        var shortId = platform.OverdueGrievance.ToString()[..8];
        await Assertions.Expect(handler.Locator("#department-deadlines")).ToContainTextAsync(shortId);
        await Assertions.Expect(handler.Locator("#department-deadlines")).Not.ToContainTextAsync("国网南川供电公司");

        var enterprise = await platform.NewPageAsync(390, 844);
        await enterprise.SignInAsync("Enterprise");
        await Assertions.Expect(enterprise.Locator("#my-cases")).ToContainTextAsync(shortId);
        // Another enterprise's thread: the API refuses, and the console says so.
        await enterprise.GotoAsync($"/console/enterprises/{ConsoleHost.OtherEnterprise.CreditCode}");
        await Assertions.Expect(enterprise.GetByRole(AriaRole.Alert)).ToContainTextAsync("403");
        await handler.Context.CloseAsync();
        await enterprise.Context.CloseAsync();
    }
}
