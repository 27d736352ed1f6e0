using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>综合查一次: exception inspections on complaints by the emergency management bureau, with rectifications done or overdue.</summary>
internal static class EnforcementScript
{
    private const string Route = "/api/enforcement";

    private static readonly string[] Complaints =
        ["受理群众投诉：厂区危化品堆放混乱", "受理12345转办：企业夜间违规动火作业", "受理举报：仓库消防通道被占用", "受理群众投诉：粉尘作业未落实防护"];

    public static void Plan(Demo demo)
    {
        var m = demo.Month;
        var inspector = People.Handler("区应急管理局", "陈某");
        for (var i = 0; i < Complaints.Length; i++)
        {
            var enterprise = demo.AnyEnterprise();
            var visitedAt = m.WorkingDay(2 + demo.Random.Next(Math.Max(1, m.WorkingDays.Count - 4)), 10);
            var basis = Complaints[i];
            var id = new Slot<Guid>();
            demo.Agenda.At(visitedAt, "综合查一次：例外检查", async () => id.Fill((await demo.Api.PostAsync(inspector, Route + "/inspections", new
            {
                creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, exceptionType = "complaint", exceptionBasis = basis,
                linkedCaseId = (Guid?)null, inspectors = new[] { "应急局 陈某", "应急局 何某" }, visitedAt = (DateTimeOffset?)null,
            })).Id()));
            var days = 3 + demo.Random.Next(5);
            var recordedAt = Month.Later(visitedAt, 120);
            demo.Agenda.At(recordedAt, "综合查一次：记录检查结果", () => demo.Api.PostAsync(inspector, $"{Route}/inspections/{id.Value}/findings", new
            {
                findings = new object[]
                {
                    new { itemCode = "IN-01", outcome = "compliant", note = (string?)null, rectificationWorkingDays = (int?)null, serious = (bool?)null },
                    new { itemCode = "IN-02", outcome = "rectificationRequired", note = "危化品仓库未落实双人双锁管理", rectificationWorkingDays = (int?)days, serious = (bool?)null },
                },
            }));
            if (demo.Chance(40)) continue; // not rectified: overdue once the limit passes
            demo.Agenda.At(m.After(recordedAt, demo.Random.Next(1, days + 2), 15), "综合查一次：整改复查", () => demo.Api.PostAsync(inspector,
                $"{Route}/inspections/{id.Value}/rectifications/IN-02/completion", new { note = "复查确认：已落实双人双锁管理。" }));
        }
    }
}
