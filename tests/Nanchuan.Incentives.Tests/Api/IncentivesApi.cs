using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Incentives.Signing;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>REST calls, the users and the agreements of the scenarios.</summary>
internal static class IncentivesApi
{
    public const string Route = "/api/incentives";
    public const string ParkCommitteeName = "工业园区管委会";

    public static readonly Actor ParkCommittee = new("pc-1", "工业园区管委会 李主任", Roles.DepartmentHandler, ParkCommitteeName, null, Channels.Web);
    public static readonly Actor Officer = new("pc-7", "工业园区管委会 王专员", Roles.DepartmentHandler, ParkCommitteeName, null, Channels.Web);
    public static readonly Actor Finance = new("cz-1", "区财政局 陈科长", Roles.DepartmentHandler, "区财政局", null, Channels.Web);
    public static readonly Actor Economy = new("jxw-1", "区经济信息委 周科长", Roles.DepartmentHandler, "区经济信息委", null, Channels.Web);

    public static Actor EnterpriseUser(string creditCode) => new($"ent-{creditCode}", "企业用户", Roles.Enterprise, null, creditCode, Channels.Web);

    /// <summary>
    /// Signed Mon 2025-03-10: E1 investment ≥ 100 million CNY by 2025-12-31 makes the subsidy G1 (3 million, under the agreement)
    /// due; E2 construction start by 2025-10-01 (inside the National Day holiday); E3 200 jobs by 2026-06-30 makes G3 (under
    /// the district's job-retention policy) due; G2 (infrastructure) is due from signing.
    /// </summary>
    public static RecordAgreementRequest Agreement(string creditCode, string number, string? name = "重庆南川双兑现示例有限公司") => new(
        number, creditCode, name, "新能源电池材料生产基地", new DateOnly(2025, 3, 10),
        [
            new("E1", MilestoneKind.Investment, "固定资产投资不低于1亿元", 100_000_000m, new DateOnly(2025, 12, 31)),
            new("E2", MilestoneKind.ConstructionStart, "项目开工建设", null, new DateOnly(2025, 10, 1)),
            new("E3", MilestoneKind.Jobs, "新增就业不少于200人", 200m, new DateOnly(2026, 6, 30)),
        ],
        [
            new("G1", IncentiveKind.Subsidy, IncentiveBasis.Agreement, null, "固定资产投资补助", "固定资产投资达到1亿元", "E1", 3_000_000m),
            new("G2", IncentiveKind.Infrastructure, IncentiveBasis.Agreement, null, "厂区道路及管网配套", "签约即实施", null, 1_200_000m),
            new("G3", IncentiveKind.Subsidy, IncentiveBasis.OtherPolicy, "南川区稳岗就业补贴政策", "新增就业补贴", "新增就业达到200人", "E3", 400_000.50m),
        ]);

    /// <summary>Records the agreement as the park committee on its signing day and answers its id.</summary>
    public static async Task<Guid> SignAsync(this IncentivesHost platform, string creditCode, string number)
    {
        platform.SetTime(Time("2025-03-10 10:00"));
        return (await platform.Post(ParkCommittee, Route + "/agreements", Agreement(creditCode, number), 201).Read<AgreementRecordedResponse>()).Id;
    }

    public static async Task<Agreement> LedgersAsync(this IAlbaHost platform, Guid id, Actor? actor = null, string? asOf = null) =>
        (await platform.Get(actor ?? ParkCommittee, $"{Route}/agreements/{id}{(asOf is null ? "" : "?asOf=" + Uri.EscapeDataString(asOf))}")
            .Read<Ledgers.AgreementLedgers>()).Agreement;

    /// <summary>Events the module stored, to show a refused command wrote nothing.</summary>
    public static async Task<long> EventCountAsync(this IAlbaHost host)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.QueryAsync<long>(
            "select count(*) from events.mt_events e join events.mt_streams s on s.id = e.stream_id where s.type = 'agreement'")).Single();
    }
}
