using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>涉诉企业调解"靠前办": disputes filed by the court, referred to the centre, assigned to a unit; mediated, failed and filed, or overdue.</summary>
internal static class JudiciaryScript
{
    private const string Route = "/api/judiciary/cases";

    private static readonly string[] Subjects =
        ["买卖合同纠纷：货款48万元逾期未付", "建设工程施工合同纠纷：工程款结算争议", "租赁合同纠纷：厂房租金拖欠", "劳务合同纠纷：劳务费用支付争议", "借款合同纠纷：借款逾期未还"];

    private static readonly string[] Units = ["南城街道办事处", "东城街道办事处", "区市场监管局"];

    public static void Plan(Demo demo)
    {
        var m = demo.Month;
        var court = People.Handler("区法院", "陈法官");
        var centre = People.Handler("区矛调中心", "周主任");
        for (var i = 0; i < Subjects.Length; i++)
        {
            var enterprise = demo.AnyEnterprise();
            var unit = People.Handler(Units[i % Units.Length], "调解员");
            var filedAt = m.WorkingDay(1 + demo.Random.Next(Math.Max(1, m.WorkingDays.Count - 3)), 9, 30);
            var subject = Subjects[i];
            var stage = i % 2 == 0 ? "preLitigation" : "litigation";
            var id = new Slot<Guid>();
            demo.Agenda.At(filedAt, "靠前办：法院登记涉诉案件", async () => id.Fill((await demo.Api.PostAsync(court, Route, new
            {
                creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, subject, stage, visits = 1,
                parties = new object[] { new { kind = "organisation", name = "重庆某建材贸易有限公司", phone = (string?)null }, new { kind = "naturalPerson", name = "李明华", phone = "13812345678" } },
            })).Id()));
            var referredAt = Month.Later(filedAt, 120);
            demo.Agenda.At(referredAt, "靠前办：移送区矛调中心", () => demo.Api.PostAsync(court, $"{Route}/{id.Value}/referral", new { note = "双方均为本区企业，建议属地调处。" }));
            var assignedAt = m.After(referredAt, 1, 10);
            if (!demo.Agenda.At(assignedAt, "靠前办：交办责任单位", () => demo.Api.PostAsync(centre, $"{Route}/{id.Value}/assignment",
                    new { unitId = unit.DepartmentId, workingDays = (int?)null })))
                continue;
            var fate = demo.Random.Next(100);
            if (fate < 35) continue; // still mediating: overdue after 15 working days
            var resolved = fate >= 50;
            var reportedAt = m.After(assignedAt, 3 + demo.Random.Next(8), 16);
            if (!demo.Agenda.At(reportedAt, "靠前办：调解结果", () => demo.Api.PostAsync(unit, $"{Route}/{id.Value}/mediation/result", new
                {
                    resolved, summary = resolved ? "双方达成调解协议，被申请人分期支付。" : "双方分歧较大，调解不成。",
                })) || resolved || stage != "preLitigation")
                continue;
            demo.Agenda.At(m.After(reportedAt, 1, 10), "靠前办：调解不成转立案", () => demo.Api.PostAsync(court, $"{Route}/{id.Value}/litigation",
                new { note = "诉前调解不成，依法登记立案。" }));
        }
    }
}
