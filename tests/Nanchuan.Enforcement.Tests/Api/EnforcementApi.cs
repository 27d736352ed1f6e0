using Nanchuan.BuildingBlocks.Calendar;
using Alba;
using Scenario = Nanchuan.Enforcement.Domain.Scenario;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Enforcement.Planning;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>REST calls, the users and the pools of the scenarios.</summary>
internal static class EnforcementApi
{
    public const string Route = "/api/enforcement";
    public const string Q2 = "2025Q2";

    public static readonly Actor JusticeBureau = new("sfj-1", "区司法局 郑科长", Roles.DepartmentHandler, Departments.JusticeBureau, null, Channels.Web);
    public static readonly Actor Emergency = new("yj-1", "区应急管理局 陈某", Roles.DepartmentHandler, Departments.EmergencyManagement, null, Channels.Web);
    public static readonly Actor Ecology = new("hb-1", "区生态环境局 刘某", Roles.DepartmentHandler, Departments.EcologyEnvironment, null, Channels.Web);
    public static readonly Actor Market = new("sj-1", "区市场监管局 赵某", Roles.DepartmentHandler, Departments.MarketSupervision, null, Channels.Web);
    public static readonly Actor Transport = new("jt-1", "区交通运输委 吴某", Roles.DepartmentHandler, Departments.Transport, null, Channels.Web);

    /// <summary>The quarter's pool: industrial and logistics enterprises, every one drawn, two per monthly park inspection.</summary>
    public static readonly PoolEnterprise[] Enterprises =
    [
        new("91500119MA5EF0A126", "重庆南川一号机械有限公司", Scenario.Industrial),
        new("91500119MA5EF0A201", "重庆南川二号化工有限公司", Scenario.Industrial),
        new("91500119MA5EF0A39X", "重庆南川三号材料有限公司", Scenario.Industrial),
        new("91500119MA5EF0A47Q", "重庆南川四号物流有限公司", Scenario.LogisticsAndTransport),
        new("91500119MA5EF0A55K", "重庆南川五号物流有限公司", Scenario.LogisticsAndTransport),
        new("91500119MA5EF0A63E", "重庆南川六号运输有限公司", Scenario.LogisticsAndTransport),
    ];

    /// <summary>Not in any plan: inspected only by exception, or without authority.</summary>
    public const string Unplanned = "91500119MA5EF0B19H";

    public static readonly PoolInspector[] Inspectors =
    [
        .. Departments.Inspecting.SelectMany((d, i) => new[] { new PoolInspector($"p{i}a", $"{d}执法员甲", d), new PoolInspector($"p{i}b", $"{d}执法员乙", d) }),
    ];

    public static DrawPlanRequest Plan(string quarter, string? seed = "公开抽取-" + Q2) => new(quarter, Enterprises, Inspectors, Enterprises.Length, seed);

    /// <summary>The second quarter's plan, drawn once by the Justice Bureau on Tue 2025-04-08 for the whole collection.</summary>
    public static async Task<QuarterlyPlan> PlanOfQ2Async(this EnforcementHost platform)
    {
        await using (var query = platform.Store().QuerySession())
        {
            if (await query.LoadAsync<QuarterlyPlan>(QuarterlyPlan.IdOf(new Quarter(2025, 2))) is { } plan) return plan;
        }
        platform.SetTime(Time("2025-04-08 10:00"));
        await platform.Post(JusticeBureau, Route + "/plans", Plan(Q2), 201);
        return (await platform.LoadAsync<QuarterlyPlan>(QuarterlyPlan.IdOf(new Quarter(2025, 2))))!;
    }

    /// <summary>A working day of each month's park inspection.</summary>
    public static DateTimeOffset ParkInspectionDay(string month) => month switch
    {
        "2025-04" => Time("2025-04-25 10:00"),
        "2025-05" => Time("2025-05-15 10:00"),
        _ => Time("2025-06-12 10:00"),
    };

    public static Actor Department(string name) => new($"dh-{name}", $"{name} 执法员", Roles.DepartmentHandler, name, null, Channels.Web);

    public static Actor EnterpriseUser(string creditCode, string name) => new($"ent-{creditCode}", name, Roles.Enterprise, null, creditCode, Channels.Web);

    /// <summary>Events the module stored, to show a refused command wrote nothing.</summary>
    public static async Task<long> EventCountAsync(this IAlbaHost host)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.QueryAsync<long>(
            "select count(*) from events.mt_events e join events.mt_streams s on s.id = e.stream_id " +
            "where s.type in ('checklist_set', 'quarterly_plan', 'inspection', 'inspection_visit', 'unauthorised_inspection')")).Single();
    }
}
