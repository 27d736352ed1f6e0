using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>
/// 企呼我为: requests from enterprises through the month; most assigned, handled, evaluated, closed and rated; some never assigned
/// or never reported (overdue, one with a 督办 notice), some handled late.
/// </summary>
internal static class GrievancesScript
{
    private const string Route = "/api/grievances";

    private static readonly string[] Units = ["区市场监管局", "区城市管理局", "区住房城乡建委", "区经济信息委", "区人力社保局", "区交通运输委"];

    private static readonly string[] Requests =
    [
        "厂区门前道路破损，货车进出困难，请协调修复。", "园区夜间路灯不亮，员工下班出行不便。", "申请食品经营许可延续，希望简化办理手续。",
        "企业新招员工社保登记系统无法提交，请协助处理。", "厂房周边排水沟堵塞，雨天积水倒灌车间。", "希望协调公交线路延伸至工业园区龙岩组团。",
        "特种设备年检预约排期过长，影响正常生产。", "施工许可办理进度不明，请告知办理节点。", "用工需求较大，希望组织专场招聘会。",
        "物流车辆限行时段与生产安排冲突，请求调整通行证办理。",
    ];

    public static void Plan(Demo demo)
    {
        var m = demo.Month;
        for (var i = 0; i < 12; i++)
        {
            var enterprise = i < 3 ? People.Sample : demo.AnyEnterprise();
            var unit = i % 3 == 0 ? "区市场监管局" : demo.Pick(Units);
            var handler = People.Handler(unit);
            var receivedAt = m.WorkingDay(1 + demo.Random.Next(Math.Max(1, m.WorkingDays.Count - 2)), 9 + demo.Random.Next(7), demo.Random.Next(60));
            var fate = demo.Random.Next(100);
            var content = Requests[i % Requests.Length];
            var id = new Slot<Guid>();
            var byPhone = demo.Chance(30);
            demo.Agenda.At(receivedAt, "企呼我为：收到企业诉求", async () => id.Fill((await demo.Api.PostAsync(byPhone ? People.BusinessOffice : enterprise.User, Route, new
            {
                channel = byPhone ? "phone" : "platform", enterpriseName = enterprise.Name, creditCode = enterprise.CreditCode, contactPerson = "王经理",
                phone = "138" + demo.Random.Next(10_000_000, 99_999_999), content, receivedAt = byPhone ? Month.Later(receivedAt, -10) : (DateTimeOffset?)null,
            })).Id()));
            if (fate < 10) continue; // never assigned: the assignment deadline runs out

            var assignedAt = Month.Later(receivedAt, 90 + demo.Random.Next(120));
            var general = demo.Chance(30);
            if (!demo.Agenda.At(assignedAt, "企呼我为：交办", () => demo.Api.PostAsync(People.BusinessOffice, $"{Route}/{id.Value}/assignment",
                    new { problemType = general ? "general" : "simple", timeLimitWorkingDays = (int?)null, handlingUnitId = handler.DepartmentId })))
                continue;
            if (fate < 28)
            {
                // never reported: overdue; the business office supervises (督办) a few working days later
                demo.Agenda.At(m.After(assignedAt, general ? 8 : 5, 10), "企呼我为：督办", () => demo.Api.PostAsync(People.BusinessOffice,
                    $"{Route}/{id.Value}/supervision-notice", new { demand = "请于2个工作日内办结并反馈办理情况。" }), optional: true);
                continue;
            }
            var reportedAt = m.After(assignedAt, 1 + demo.Random.Next(general ? 7 : 4), 10 + demo.Random.Next(6));
            if (!demo.Agenda.At(reportedAt, "企呼我为：承办单位反馈办理情况", () => demo.Api.PostAsync(handler, $"{Route}/{id.Value}/handling-report", new
                {
                    unitContactPerson = handler.Name.Split(' ')[^1], unitContactPhone = "023-7142" + demo.Random.Next(1000, 9999), enterpriseContactMethod = "visit",
                    enterpriseContactedAt = Month.Later(reportedAt, -60), actionsTaken = "已现场核实并协调解决，企业认可处理方案。", promisedCompletionDate = (DateOnly?)null,
                })))
                continue;
            var satisfied = fate >= 38;
            var evaluatedAt = m.After(reportedAt, 1, 10);
            if (!demo.Agenda.At(evaluatedAt, "企呼我为：回访评价", () => demo.Api.PostAsync(People.BusinessOffice, $"{Route}/{id.Value}/evaluation",
                    new { satisfied, comment = satisfied ? "企业对办理结果满意。" : "问题仍未完全解决。", revisitedAt = (DateTimeOffset?)null })) || !satisfied)
                continue;
            var closedAt = Month.Later(evaluatedAt, 30);
            if (!demo.Agenda.At(closedAt, "企呼我为：销号", () => demo.Api.PostAsync(People.BusinessOffice, $"{Route}/{id.Value}/closure", new { note = "企业满意，同意销号。" })))
                continue;
            if (demo.Chance(75))
                demo.Agenda.At(m.After(closedAt, 1, 15), "企呼我为：企业评价", () => demo.Api.PostAsync(enterprise.User, $"{Route}/{id.Value}/enterprise-rating",
                    new { rating = demo.Chance(80) ? "verySatisfied" : "basicallySatisfied", comment = "办理及时。" }), optional: true);
        }
    }
}
