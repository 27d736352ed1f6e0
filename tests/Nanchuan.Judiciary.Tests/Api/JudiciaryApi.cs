using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.Judiciary.Assignment;
using Nanchuan.Judiciary.Filing;
using Nanchuan.Judiciary.Referral;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>REST calls and the users of the scenarios.</summary>
internal static class JudiciaryApi
{
    public const string Route = "/api/judiciary";
    public const string Cases = Route + "/cases";

    public static readonly Actor Court = new("fy-1", "区法院 陈法官", Roles.DepartmentHandler, Units.Court, null, Channels.Web);
    public static readonly Actor Centre = new("mt-1", "区矛调中心 周主任", Roles.DepartmentHandler, Units.Centre, null, Channels.Web);
    public static readonly Actor Street = Unit("南城街道办事处");
    public static readonly Actor Market = Unit("区市场监管局");

    /// <summary>Credit codes valid under both check characters, one per scenario so the cases do not meet.</summary>
    public static readonly string[] Codes =
    [
        "91500119MA5JD0A08J", "91500119MA5JD0A16D", "91500119MA5JD0A248", "91500119MA5JD0A323", "91500119MA5JD0A40X", "91500119MA5JD0A59T",
        "91500119MA5JD0A67M", "91500119MA5JD0A75G", "91500119MA5JD0A83B", "91500119MA5JD0A916", "91500119MA5JD0B04U", "91500119MA5JD0B12N",
        "91500119MA5JD0B20H", "91500119MA5JD0B39E", "91500119MA5JD0B479", "91500119MA5JD0B554", "91500119MA5JD0B63Y", "91500119MA5JD0B71R",
        "91500119MA5JD0B98H", "91500119MA5JD0C005",
    ];

    /// <summary>A handler of a unit of the directory, with its name and id as a token carries them.</summary>
    public static Actor Unit(string name) => new($"unit-{name}", $"{name} 调解员", Roles.DepartmentHandler, name, null, Channels.Web, DepartmentId: IdOf(name));

    /// <summary>The directory id of a shipped unit (ADR 0059).</summary>
    public static string IdOf(string name) => DepartmentSeed.ByName(name).Id;

    public static Actor EnterpriseUser(string creditCode) => new($"ent-{creditCode}", "企业用户", Roles.Enterprise, null, creditCode, Channels.Web);

    public static FileDisputeRequest Dispute(string creditCode, int visits = 1, DisputeStage stage = DisputeStage.Litigation) => new(
        creditCode, "重庆南川涉诉示例有限公司", "买卖合同纠纷：货款48万元逾期未付", stage, visits,
        [new(PartyKind.Organisation, "重庆某建材贸易有限公司", "023-71234567"), new(PartyKind.NaturalPerson, "李明华", "13812345678")]);

    /// <summary>The court files the case now; its id.</summary>
    public static async Task<Guid> FileAsync(this IAlbaHost platform, string creditCode, int visits = 1, DisputeStage stage = DisputeStage.Litigation) =>
        (await platform.Post(Court, Cases, Dispute(creditCode, visits, stage), 201).Read<DisputeFiledResponse>()).Id;

    /// <summary>Filed now, referred by the court and assigned by the centre to <paramref name="unit"/> at the same instant; the case id.</summary>
    public static async Task<Guid> AssignedAsync(this IAlbaHost platform, string creditCode, Actor unit, int? workingDays = null, DisputeStage stage = DisputeStage.Litigation)
    {
        var id = await platform.FileAsync(creditCode, stage: stage);
        await platform.Post(Court, $"{Cases}/{id}/referral", new ReferToCentreBody("建议属地街道调处"));
        await platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(unit.DepartmentId, workingDays));
        return id;
    }

    /// <summary>Events the module stored, to show a refused command wrote nothing.</summary>
    public static async Task<long> EventCountAsync(this IAlbaHost host)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.QueryAsync<long>(
            "select count(*) from events.mt_events e join events.mt_streams s on s.id = e.stream_id where s.type = 'dispute_case'")).Single();
    }
}
