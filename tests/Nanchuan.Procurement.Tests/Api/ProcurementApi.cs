using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Procurement.Publishing;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>REST calls, the users and the projects of the scenarios.</summary>
internal static class ProcurementApi
{
    public const string Route = "/api/procurement";
    public const string Agriculture = "区农业农村委";
    public const string Housing = "区住房城乡建委";

    /// <summary>A village collective that owns projects (农村集体经济组织, code class N).</summary>
    public static readonly Actor Owner = Organisation("N2500119MA5UA0BC6X", "大观镇金龙村股份经济合作联合社");
    public static readonly Actor OtherOwner = Organisation("91500119MA5U8XRB98", "重庆南川示例科技有限公司");
    public static readonly Actor AgricultureDesk = Department(Agriculture);
    public static readonly Actor HousingDesk = Department(Housing);
    public static readonly Actor DevelopmentReform = Department("区发展改革委");

    public static readonly Actor[] Bidders =
    [
        Organisation("91500119MA5EF0A126", "重庆南川一号建筑工程有限公司"),
        Organisation("91500119MA5EF0A201", "重庆南川二号市政工程有限公司"),
        Organisation("91500119MA5EF0A39X", "重庆南川三号路桥有限公司"),
        Organisation("91500119MA5EF0A47Q", "重庆南川四号水利工程有限公司"),
    ];

    public static Actor Organisation(string creditCode, string name) => new($"ent-{creditCode}", name, Roles.Enterprise, null, creditCode, Channels.Web);

    public static Actor Department(string name) => new($"dh-{name}", $"{name} 监管员", Roles.DepartmentHandler, name, null, Channels.Web);

    public static PublishProjectRequest Project(decimal value, string method = ProcurementMethods.RandomDraw, string department = Agriculture) =>
        new("金龙村道路硬化工程", department, FundingSource.Fiscal, value, method, null, null);

    public static PublishProjectRequest DirectAward(decimal value, string method = ProcurementMethods.DirectAward) =>
        new("金龙村抢险加固工程", Agriculture, FundingSource.VillageOwnFunds, value, method, "汛期山体滑坡抢险，须立即施工", new PartyBody(Bidders[3].CreditCode, Bidders[3].Name));

    public static async Task<ProjectPublishedResponse> PublishAsync(this ProcurementHost platform, PublishProjectRequest request, Actor? owner = null) =>
        await platform.Post(owner ?? Owner, Route + "/projects", request, 201).Read<ProjectPublishedResponse>();

    public static Task<WorksProject?> ProjectAsync(this ProcurementHost platform, Guid id) => platform.LoadAsync<WorksProject>(id);

    /// <summary>The project's OCDS release package as served without sign-in (the raw JSON, to validate exactly what is published).</summary>
    public static async Task<string> OcdsPackageAsync(this ProcurementHost platform, Guid id)
    {
        var result = await platform.Scenario(s =>
        {
            s.Get.Url(Route + $"/public/projects/{id}/ocds");
            s.StatusCodeShouldBe(200);
        });
        return await result.ReadAsTextAsync();
    }

    /// <summary>Events the module stored, to show a refused command wrote nothing.</summary>
    public static async Task<long> EventCountAsync(this IAlbaHost host)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.QueryAsync<long>(
            "select count(*) from events.mt_events e join events.mt_streams s on s.id = e.stream_id where s.type in ('works_project', 'bidder_credit', 'check_draw')")).Single();
    }
}

/// <summary>A project through registration: published Tue 2025-04-08 10:00 (registration closes Tue 2025-04-15 18:00), the bidders registered, the clock after the close.</summary>
internal static class RegisteredProjects
{
    public static readonly DateTimeOffset PublishedAt = Time("2025-04-08 10:00");
    public static readonly DateTimeOffset ClosesAt = Time("2025-04-15 18:00");
    public static readonly DateTimeOffset AfterClose = Time("2025-04-16 10:00");

    public static async Task<Guid> RegisteredAsync(this ProcurementHost platform, string method, params (Actor Bidder, decimal? Quote)[] bidders)
    {
        platform.SetTime(PublishedAt);
        var published = await platform.PublishAsync(ProcurementApi.Project(900_000m, method));
        platform.SetTime(Time("2025-04-10 11:00"));
        foreach (var (bidder, quote) in bidders)
            await platform.Post(bidder, $"{ProcurementApi.Route}/projects/{published.Id}/registrations", new Registration.RegisterBidderBody(quote));
        platform.SetTime(AfterClose);
        return published.Id;
    }
}
