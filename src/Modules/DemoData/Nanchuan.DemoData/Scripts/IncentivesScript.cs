using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>
/// 政府企业"双兑现": investment agreements recorded on their signing day; one milestone fulfilled and its subsidy reviewed, decided,
/// funded and paid; one construction start missed (overdue); the infrastructure incentives outstanding (应兑未兑).
/// </summary>
internal static class IncentivesScript
{
    private const string Route = "/api/incentives";
    private static readonly string[] Projects = ["新能源电池材料生产基地", "方竹笋精深加工项目", "页岩气装备制造项目"];

    public static void Plan(Demo demo)
    {
        var m = demo.Month;
        var park = People.Handler("工业园区管委会", "李主任");
        var finance = People.Handler("区财政局", "陈科长");
        for (var i = 0; i < Projects.Length; i++)
        {
            var enterprise = demo.Enterprises[1 + i];
            var signedAt = m.WorkingDay(1 + 3 * i, 10);
            var signedOn = m.Calendar.LocalDay(signedAt);
            var startBy = signedOn.AddDays(i == 1 ? 12 : 20);
            var id = new Slot<Guid>();
            var number = $"NCGYY-{signedOn.Year}-{31 + i:D3}";
            var project = Projects[i];
            demo.Agenda.At(signedAt, "双兑现：录入投资协议", async () => id.Fill((await demo.Api.PostAsync(park, Route + "/agreements", new
            {
                number, creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, project, signedOn,
                milestones = new object[]
                {
                    new { code = "E1", kind = "constructionStart", description = "项目开工建设", target = (decimal?)null, dueDate = startBy },
                    new { code = "E2", kind = "investment", description = "固定资产投资不低于1亿元", target = (decimal?)100_000_000m, dueDate = signedOn.AddYears(1) },
                },
                incentives = new object[]
                {
                    new { code = "G1", kind = "subsidy", basis = "agreement", policy = (string?)null, description = "开工建设奖励", condition = "按期开工建设",
                        conditionMilestone = (string?)"E1", amount = 500_000m },
                    new { code = "G2", kind = "infrastructure", basis = "agreement", policy = (string?)null, description = "厂区道路及管网配套", condition = "签约即实施",
                        conditionMilestone = (string?)null, amount = 1_200_000m },
                },
            })).Id()));
            if (i == 1) continue; // the construction start is missed: overdue on its date
            var fulfilledAt = m.After(signedAt, 5, 15);
            var fulfilledOn = m.Calendar.LocalDay(fulfilledAt);
            if (!demo.Agenda.At(fulfilledAt, "双兑现：企业履约（开工）", () => demo.Api.PostAsync(park, $"{Route}/agreements/{id.Value}/milestones/E1/fulfilment",
                    new { fulfilledOn, evidence = "施工许可证及开工报告" })) || i == 2)
                continue;
            var reviewedAt = m.After(fulfilledAt, 2, 10);
            var decidedAt = m.After(reviewedAt, 2, 15);
            var fundedAt = m.After(decidedAt, 2, 10);
            var paidAt = m.After(fundedAt, 2, 15);
            demo.Agenda.At(reviewedAt, "双兑现：联合审查", () => demo.Api.PostAsync(park, $"{Route}/agreements/{id.Value}/incentives/G1/review", new
            {
                departments = new[] { "工业园区管委会", "区经济信息委", "区财政局" }, confirmedAmount = 500_000m, opinion = "企业已按期开工，符合协议约定，建议兑现50万元",
            }));
            demo.Agenda.At(decidedAt, "双兑现：领导小组决定", () => demo.Api.PostAsync(People.BusinessOffice, $"{Route}/agreements/{id.Value}/incentives/G1/decision",
                new { amount = 500_000m, meeting = "南川区政府企业“双兑现”工作领导小组会议纪要" }));
            demo.Agenda.At(fundedAt, "双兑现：资金安排", () => demo.Api.PostAsync(finance, $"{Route}/agreements/{id.Value}/incentives/G1/funds",
                new { amount = 500_000m, payBy = m.Calendar.LocalDay(fundedAt).AddDays(10) }));
            demo.Agenda.At(paidAt, "双兑现：拨付", () => demo.Api.PostAsync(finance, $"{Route}/agreements/{id.Value}/incentives/G1/payments",
                new { amount = 500_000m, paidOn = m.Calendar.LocalDay(paidAt), voucher = $"南财支〔{paidAt.Year}〕{demo.Random.Next(10, 99):D4}号" }));
        }
    }
}
