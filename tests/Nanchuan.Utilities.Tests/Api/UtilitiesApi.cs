using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Testing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>REST calls and the users of the scenarios.</summary>
internal static class UtilitiesApi
{
    public const string Route = "/api/utilities";

    public static readonly Actor PowerCompany = new("pw-1", "国网南川供电公司 钱工", Roles.DepartmentHandler, "国网南川供电公司", null, Channels.Web);
    public static readonly Actor WaterCompany = new("wt-1", "南川区自来水公司 孙工", Roles.DepartmentHandler, "南川区自来水公司", null, Channels.Web);
    public static readonly Actor GasOperator = new("gs-1", "南川燃气公司 李工", Roles.DepartmentHandler, "南川燃气公司", null, Channels.Web);
    public static readonly Actor EconomicCommission = new("jxw-1", "区经济信息委 周科长", Roles.DepartmentHandler, "区经济信息委", null, Channels.Web);
    public static readonly Actor DevelopmentReform = new("fgw-1", "区发展改革委 吴科长", Roles.DepartmentHandler, "区发展改革委", null, Channels.Web);
    public static readonly Actor OtherEnterprise = new("ent-2", "重庆南川另一家有限公司", Roles.Enterprise, null, "91500119MA5UXY7Q3N", Channels.Web);

    /// <summary>An enterprise of the list scenarios only, so its lists hold exactly the connections they create.</summary>
    public static readonly Actor ListedEnterprise = new("ent-3", "重庆南川清单示例有限公司", Roles.Enterprise, null, "91500119MA5U6LB2XW", Channels.Web);

    /// <summary>An enterprise of the paging scenario only, so its list holds exactly the connections it creates.</summary>
    public static readonly Actor PagedEnterprise = new("ent-4", "重庆南川分页示例有限公司", Roles.Enterprise, null, "91500119MA5UHK9WXA", Channels.Web);

    /// <summary>
    /// Events this module's requests stored so far, to show a refused command wrote nothing. Left out is what lands in the
    /// background and may come from an earlier test while this one counts: deadline events (warned, missed, recomputed),
    /// recorded by timers and the holiday recomputation, and the Grievances module's requests lodged from problem reports
    /// (its handler runs after the report's transaction), and the Oversight module's files of the contract messages (also handled later). A test of the timers counts its own connection's events instead.
    /// </summary>
    public static async Task<long> EventCountAsync(this IAlbaHost host)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.QueryAsync<long>(
            "select count(*) from events.mt_events e join events.mt_streams s on s.id = e.stream_id "
            + "where s.type not in ('grievance', 'oversight_file') and e.type not like '%deadline%'")).Single();
    }

    /// <summary>Every event of one connection, deadline events included.</summary>
    public static async Task<long> EventCountAsync(this IAlbaHost host, Guid connectionId)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(connectionId))?.Version ?? 0;
    }

    /// <summary>Both sides sign a gas plan, each for itself: the user with its choice, then the operator.</summary>
    public static async Task SignPlanByBothAsync(this IAlbaHost host, Guid connectionId, Nanchuan.Utilities.Gas.SignPlanRequest userChoice)
    {
        await host.Post(TestActors.Enterprise, $"{Route}/gas-connections/{connectionId}/signing", userChoice);
        await host.Post(GasOperator, $"{Route}/gas-connections/{connectionId}/signing", new Nanchuan.Utilities.Gas.SignPlanRequest(null, null, null));
    }
}
