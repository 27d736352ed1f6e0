using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>限下招标"双随机": village works projects published, bidders registered, awarded by an auditable draw and contracted; one not awarded in time.</summary>
internal static class ProcurementScript
{
    private const string Route = "/api/procurement";

    private static readonly (string Village, string Body, string Title, decimal Value)[] Projects =
    [
        ("大观镇金龙村股份经济合作联合社", "MA5UA0BC", "大观镇金龙村人居环境整治道路硬化工程", 860_000m),
        ("南平镇石龙村股份经济合作联合社", "MA5UA1DE", "南平镇石龙村灌溉渠维修工程", 420_000m),
        ("三泉镇半溪村股份经济合作联合社", "MA5UA2FG", "三泉镇半溪村产业便道建设工程", 1_280_000m),
    ];

    private static readonly (string Name, string Body)[] Builders =
        [("重庆南川隆化建筑工程有限公司", "MA5UB0C1"), ("重庆金佛山市政工程有限公司", "MA5UB1D2"), ("重庆南川龙岩路桥有限公司", "MA5UB2E3"), ("重庆南平水利工程有限公司", "MA5UB3F4")];

    public static void Plan(Demo demo)
    {
        var m = demo.Month;
        var bidders = Builders.Select(b => new Enterprise(b.Name, People.CreditCode("91500119", b.Body)).User).ToList();
        for (var i = 0; i < Projects.Length; i++)
        {
            var (village, body, title, value) = Projects[i];
            var owner = new Actor($"ent-{body}", village, Roles.Enterprise, null, People.CreditCode("N2500119", body), Channels.Web);
            var publishedAt = m.WorkingDay(1 + 4 * i, 10);
            var id = new Slot<Guid>();
            demo.Agenda.At(publishedAt, "限下招标：发布项目", async () => id.Fill((await demo.Api.PostAsync(owner, Route + "/projects", new
            {
                title, supervisingDepartment = "区农业农村委", fundingSource = "fiscal", value, method = "randomDraw",
                justification = (string?)null, proposedContractor = (object?)null,
            })).Id()));
            foreach (var (bidder, n) in bidders.Select((b, n) => (b, n)).Where(_ => demo.Chance(85)))
                demo.Agenda.At(m.After(publishedAt, 1 + n % 3, 11, n * 7), "限下招标：投标人报名", () =>
                    demo.Api.PostAsync(bidder, $"{Route}/projects/{id.Value}/registrations", new { quote = (decimal?)null }));
            if (i == 2) continue; // not awarded: the award deadline runs out
            var awardedAt = m.After(publishedAt, 6, 10);
            if (!demo.Agenda.At(awardedAt, "限下招标：随机抽取承包单位", () => demo.Api.PostAsync(owner, $"{Route}/projects/{id.Value}/award",
                    new { seed = $"{awardedAt:yyyy-MM-dd} 公开抽取", panel = (object?)null, scores = (object?)null })))
                continue;
            var contractedAt = m.After(awardedAt, 2, 15);
            var contract = $"NC-{contractedAt:yyyyMM}-{i + 1:D3}";
            if (!demo.Agenda.At(contractedAt, "限下招标：签订合同", () => demo.Api.PostAsync(owner, $"{Route}/projects/{id.Value}/contract",
                    new { contractNumber = contract, amount = value * 0.96m })))
                continue;
            var startedAt = m.After(contractedAt, 2, 9);
            if (!demo.Agenda.At(startedAt, "限下招标：开工", () => demo.Api.PostAsync(owner, $"{Route}/projects/{id.Value}/works-start", new { })))
                continue;
            demo.Agenda.At(m.After(startedAt, 6, 15), "限下招标：竣工验收", () => demo.Api.PostAsync(owner, $"{Route}/projects/{id.Value}/completion-acceptance",
                new { note = "工程质量合格，资料齐全。" }));
        }
    }
}
