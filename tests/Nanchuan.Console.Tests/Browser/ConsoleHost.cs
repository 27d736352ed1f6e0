using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Database;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Intake;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Console.Tests.Browser;

/// <summary>
/// The whole platform (the test kit's host, with one test clock) on a database of its own behind a real Kestrel port (a browser
/// cannot reach a TestServer), a few cases seeded through the API and the oversight contract, and Debian's chromium driven by
/// Playwright.
/// </summary>
public sealed class ConsoleHost() : ModuleHost(At(2024, 9, 2, 10, 0))
{
    /// <summary>The enterprise of the Development sign-in (DevIdentities) and of the tests' TestActors.</summary>
    public static readonly Actor Enterprise = TestActors.Enterprise;
    public static readonly Actor OtherEnterprise = new("ent-2", "重庆南川乙科技有限公司", Roles.Enterprise, null, "91500102MA5U8XRB9K", Channels.Web);

    private readonly int _port = FreePort();

    /// <summary>The district's identity provider as the console's OIDC sign-in sees it (ADR 0127).</summary>
    public TestIdentityProvider IdentityProvider { get; } = TestIdentityProvider.Start();
    private BrowserPort? _browserPort;
    private IPlaywright? _playwright;

    public Uri Address => new($"http://127.0.0.1:{_port}/");
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A Grievances request of <see cref="Enterprise"/>, assigned to 区市场监管局 and overdue since 2024-09-04 18:00.</summary>
    public Guid OverdueGrievance { get; private set; }

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, Beijing);

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        base.ConfigureHost(builder);
        // The console's own calls to the API go out through the same port as the browser's.
        builder.UseSetting("Console:ApiBaseAddress", Address.ToString());
        builder.UseSetting("Console:Oidc:Authority", IdentityProvider.Issuer);
        builder.UseSetting("Console:Oidc:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting("Console:Oidc:ClientSecret", TestIdentityProvider.ClientSecret);
        builder.UseSetting("Console:Oidc:RequireHttpsMetadata", "false");
        // The browser port forwards to the test server, which sees the host "localhost".
        builder.UseSetting("Console:Oidc:PublicAddress", Address.ToString());
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _browserPort = await BrowserPort.StartAsync(Server, _port);
        await SeedAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_browserPort is not null) await _browserPort.DisposeAsync();
        await IdentityProvider.DisposeAsync();
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>A new browser page (own cookies) of the given size, at the console's address.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Address.ToString(), ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A Grievances request received Mon 2024-09-02 10:00, assigned at 10:30 as a simple problem (due Wed 2024-09-04 18:00) and
    /// overdue from the next morning; "now" is then Wed 2024-09-18 18:00 (9 working days over, as the Oversight tests show).
    /// </summary>
    private async Task SeedAsync()
    {
        await Host.TrackAsync(async () => OverdueGrievance = (await Host.Post(Enterprise, "/api/grievances",
            new ReceiveRequest(IntakeChannel.Platform, Enterprise.Name, Enterprise.CreditCode, "王经理", "13812345678", "厂区门前道路破损，货车进出困难。", null), 201)
            .Read<GrievanceReceivedResponse>()).Id);
        SetTime(At(2024, 9, 2, 10, 30));
        await Host.TrackAsync(() => Host.Post(TestActors.BusinessOffice, $"/api/grievances/{OverdueGrievance}/assignment", new AssignRequest(ProblemType.Simple, null, "qu-shichangjianguanju")));
        SetTime(At(2024, 9, 5, 9, 0));
        await Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue(GrievanceDeadlines.Type, OverdueGrievance, "Handling", At(2024, 9, 4, 18, 0)));
        await OverduePowerConnectionAsync(OtherEnterprise, "国网南川供电公司", At(2024, 8, 12, 9, 0));
        SetTime(At(2024, 9, 18, 18, 0));
    }

    /// <summary>
    /// Through the oversight contract, in July 2024 (before every other case of the fixture): four ratings of a Licensing case
    /// (three good), two Judiciary cases with 0 and 2 trips, and a catalogue item of 20 statutory and 2 promised working days.
    /// </summary>
    public async Task FiguresOfJuly2024Async()
    {
        var licensing = new OversightCase("Licensing", "application", Guid.NewGuid(), ChartEnterprise.CreditCode, "区图表测试局");
        var court = new OversightCase("Judiciary", "dispute", Guid.Empty, ChartEnterprise.CreditCode, "区法院");
        object[] messages =
        [
            .. new[] { ServiceRating.VerySatisfied, ServiceRating.Satisfied, ServiceRating.BasicallySatisfied, ServiceRating.Dissatisfied }
                .Select((rating, i) => new CaseRated(licensing, Guid.NewGuid(), rating, At(2024, 7, 8 + i, 10, 0))),
            new CaseOpened(court with { CaseId = Guid.NewGuid() }, $"涉企纠纷：{ChartEnterprise.Name}", At(2024, 7, 15, 9, 0), EnterpriseName: ChartEnterprise.Name, Trips: 0),
            new CaseOpened(court with { CaseId = Guid.NewGuid() }, $"涉企纠纷：{ChartEnterprise.Name}", At(2024, 7, 16, 9, 0), EnterpriseName: ChartEnterprise.Name, Trips: 2),
            new CatalogueItemListed(licensing with { CaseType = "catalogue-item", CaseId = Guid.NewGuid(), CreditCode = null }, "XK-CHART-001", "食品经营许可（图表）", 20, 2m, true,
                At(2024, 7, 1, 9, 0)),
        ];
        foreach (var message in messages) await Host.InvokeMessageAndWaitAsync(message);
    }

    private static readonly Actor ChartEnterprise = new("ent-4", "重庆南川丁图表有限公司", Roles.Enterprise, null, "91500115MA5U8XRC79", Channels.Web);

    /// <summary>A case of another module known only through the oversight contract: opened, its deadline set and missed.</summary>
    public async Task<Guid> OverduePowerConnectionAsync(Actor enterprise, string department, DateTimeOffset openedAt)
    {
        var @case = new OversightCase("Utilities", "power-connection", Guid.NewGuid(), enterprise.CreditCode, department);
        var due = openedAt.AddDays(14);
        object[] messages =
        [
            new CaseOpened(@case, $"电力报装：{enterprise.Name}", openedAt),
            new DeadlineSet(@case, "PowerOn", "10个工作日", openedAt, due, due.AddDays(-2)),
            new DeadlineOverdue(@case, "PowerOn", due, due.AddSeconds(1)),
        ];
        foreach (var message in messages) await Host.InvokeMessageAndWaitAsync(message);
        return @case.CaseId;
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleHost>
{
    public const string Name = "console-browser";
}
