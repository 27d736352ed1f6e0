using Microsoft.Playwright;

namespace Nanchuan.Console.Tests.Browser;

/// <summary>The business office's main path: the overdue list, the case page, 督办, time travel, search, charts, live updates.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SupervisionTests(ConsoleHost platform)
{
    [Fact]
    public async Task The_business_office_opens_an_overdue_case_issues_a_notice_and_travels_back_to_its_first_event()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync("BusinessOffice");
        var row = page.Locator("#overdue tr", new() { HasText = platform.OverdueGrievance.ToString()[..8] });
        await Assertions.Expect(row).ToContainTextAsync("区市场监管局");

        await row.GetByRole(AriaRole.Link, new() { Name = "督办" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(platform.OverdueGrievance.ToString());
        await page.GetByLabel("督办要求").FillAsync("请于3个工作日内办结并反馈办理情况。");
        await page.GetByRole(AriaRole.Button, new() { Name = "发出督办" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("已发出督办");
        var history = page.Locator("table", new() { Has = page.Locator("caption", new() { HasText = "完整历史" }) });
        await Assertions.Expect(history).ToContainTextAsync("督办");
        await Assertions.Expect(history).ToContainTextAsync("区营商办 张三");

        await page.GetByLabel("到事件（版本）").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看当时状态" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "截至版本 1 的案件状态" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_supervisor_reads_the_case_but_is_offered_no_notice_and_searches_an_enterprise_by_credit_code()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync("Supervisor");
        await page.GotoAsync($"/console/cases/{platform.OverdueGrievance}");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("督办由区营商办发出");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索" }).FillAsync(ConsoleHost.Enterprise.CreditCode!);
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("企业全景 " + ConsoleHost.Enterprise.CreditCode);
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("超期");

        // A page at a time (ADR 0181): the newest fact, then the one before it by the page's link.
        await page.GotoAsync($"/console/enterprises/{ConsoleHost.Enterprise.CreditCode}?limit=1");
        await Assertions.Expect(page.Locator(".timeline li")).ToHaveCountAsync(1);
        var newest = await page.Locator(".timeline li").InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "更早的记录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "回到最新记录" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".timeline li")).ToHaveCountAsync(1);
        (await page.Locator(".timeline li").InnerTextAsync()).ShouldNotBe(newest);
        await page.ShouldBeAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_overdue_list_refreshes_by_itself_when_a_case_becomes_overdue()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync("BusinessOffice");
        await Assertions.Expect(page.Locator("body[data-live=connected]")).ToHaveCountAsync(1);

        var newcomer = new Actor("ent-3", "重庆南川丙科技有限公司", Roles.Enterprise, null, "91500103MA5U8XRB9C", Channels.Web);
        var id = await platform.OverduePowerConnectionAsync(newcomer, "区供水公司", ConsoleHost.At(2024, 9, 2, 9, 0));

        await Assertions.Expect(page.Locator("#overdue")).ToContainTextAsync(id.ToString()[..8]);
        page.Url.ShouldEndWith("/console");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_charts_page_draws_monthly_trends_departments_and_the_oversight_figures_with_the_served_ECharts()
    {
        await platform.FiguresOfJuly2024Async();
        var page = await platform.NewPageAsync();
        await page.SignInAsync("BusinessOffice");
        await page.GetByRole(AriaRole.Link, new() { Name = "统计图表" }).ClickAsync();
        await Assertions.Expect(page.Locator("body[data-charts=drawn]")).ToHaveCountAsync(1);
        foreach (var chart in new[] { "monthly", "departments", "satisfaction", "trips", "compression" })
            await Assertions.Expect(page.Locator($"#chart-{chart} canvas")).ToHaveCountAsync(1);
        // 满意率 3 of 4 = 75%, 最多跑一次 1 of 2 = 50% (ADR 0104, 0138), 时限压缩 1 − 2 ÷ 20 = 90%, as the page hands them to ECharts.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "各模块每月“最多跑一次”比例" })).ToBeVisibleAsync();
        (await ChartDataAsync(page, "satisfaction")).ShouldBe("""{"months":["2024-07"],"series":[{"name":"一窗办","data":[75]}]}""");
        (await ChartDataAsync(page, "trips")).ShouldBe("""{"months":["2024-07"],"series":[{"name":"调解靠前办","data":[50]}]}""");
        (await page.EvaluateAsync<string>("""
            () => { const d = JSON.parse(document.getElementById("chart-compression-data").textContent), i = d.departments.indexOf("区图表测试局");
                    return JSON.stringify([d.all[i], d.enterprise[i]]); }
            """)).ShouldBe("[90,90]");
        await page.ShouldBeAccessibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>What the page hands ECharts for a chart, as JSON without escapes.</summary>
    private static Task<string> ChartDataAsync(IPage page, string chart) =>
        page.EvaluateAsync<string>($"() => JSON.stringify(JSON.parse(document.getElementById('chart-{chart}-data').textContent))");

    [Fact]
    public async Task The_enterprise_pages_fit_a_phone_screen()
    {
        var page = await platform.NewPageAsync(390, 844);
        await page.SignInAsync("Enterprise");
        await page.GetByRole(AriaRole.Link, new() { Name = "本企业全景" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("企业全景");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await page.ShouldBeAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
