using Microsoft.Playwright;

namespace Nanchuan.Console.Tests.Browser;

/// <summary>
/// Sign-in through the district's identity provider (ADR 0127): the provider's identity is checked like any sign-in and
/// exchanged for a platform token; an identity the platform cannot place is refused with the reason, and nobody is signed in.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class OidcSignInTests(ConsoleHost platform)
{
    private const string ProviderButton = "通过南川区统一身份认证平台登录";

    [Fact]
    public async Task A_department_handler_of_the_identity_provider_gets_the_department_worklist_with_a_platform_token()
    {
        platform.IdentityProvider.NextUser = new Dictionary<string, string>
        {
            ["sub"] = "scjgj-0042", ["name"] = "区市场监管局 钱七", ["nanchuan_role"] = "DepartmentHandler", ["nanchuan_department"] = "qu-shichangjianguanju",
        };
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/console/enterprises/91500119MA5U8XRB98");
        await page.GetByRole(AriaRole.Button, new() { Name = ProviderButton, Exact = true }).ClickAsync();

        // Back where the user was going, signed in as the provider's user, with what the API shows that department.
        await page.WaitForURLAsync("**/console/enterprises/91500119MA5U8XRB98");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("区市场监管局 钱七");
        await page.GotoAsync("/console");
        await Assertions.Expect(page.Locator("#department-deadlines")).ToContainTextAsync(platform.OverdueGrievance.ToString()[..8]);
        (await page.Locator(".problem").CountAsync()).ShouldBe(0, await page.Locator("main").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_identity_the_platform_cannot_place_is_refused_with_the_reason_and_nobody_is_signed_in()
    {
        platform.IdentityProvider.NextUser = new Dictionary<string, string>
        {
            ["sub"] = "ent-0007", ["name"] = "重庆南川某公司", ["nanchuan_role"] = "Enterprise", ["nanchuan_credit_code"] = "91500119MA5U8XRB90",
        };
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/console/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = ProviderButton, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("登录被拒绝：统一社会信用代码无效");
        new Uri(page.Url).Query.ShouldBe("?problem=creditCode"); // a code, not the reason's text (ADR 0139)
        await page.GotoAsync("/console/sign-in?problem=%3Cb%3E%E4%BC%AA%E9%80%A0%3C%2Fb%3E");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("登录失败，请重试或联系管理员 / sign-in failed; try again or ask an administrator.");
        await page.GotoAsync("/console");
        page.Url.ShouldContain("/console/sign-in");
        await page.Context.CloseAsync();
    }
}
