using System.Text.Json.Nodes;
using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>用地审批"一码办": projects started under the one code and walked through their first stages, the last one left running.</summary>
internal static class LandUseScript
{
    private const string Route = "/api/landuse";

    /// <summary>What the applicant brings on the base path of the transfer catalogue (stages 1 and 2).</summary>
    private static readonly Dictionary<int, string[]> Materials = new() { [1] = ["1.1", "1.2", "1.3"], [2] = ["2.5"] };

    private static readonly string[] Projects = ["南川工业园区新材料产业园", "金佛山方竹笋精深加工基地", "龙岩组团智能装备制造项目", "南平镇冷链物流园"];

    public static void Plan(Demo demo)
    {
        var m = demo.Month;
        var planner = People.Handler("区规划自然资源局", "孙七");
        for (var i = 0; i < Projects.Length; i++)
        {
            var enterprise = demo.AnyEnterprise();
            var startedAt = m.WorkingDay(1 + demo.Random.Next(Math.Max(1, m.WorkingDays.Count / 2)), 10);
            var code = new Slot<string>();
            var name = Projects[i];
            demo.Agenda.At(startedAt, "一码办：项目赋码", async () => code.Fill((await demo.Api.PostAsync(planner, Route + "/projects", new
            {
                supplyType = "transfer", projectName = name, creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name,
                smallLowRiskSocialInvestment = false, majorOrSpecialWorks = false, collectiveOrJointHousing = false,
            })).Text("code")));
            var at = startedAt;
            var stages = 1 + demo.Random.Next(2);
            for (var stage = 1; stage <= stages; stage++)
            {
                var number = stage;
                var actor = stage == 1 ? planner : People.HallClerk;
                at = m.After(at, 1, 10);
                var surveyed = DateOnly.FromDateTime(startedAt.AddDays(-40).Date);
                var year = startedAt.Year;
                demo.Agenda.At(at, $"一码办：第{number}阶段受理", () => demo.Api.PostAsync(actor, $"{Route}/projects/{code.Value}/stages/{number}/submission",
                    new { materials = Materials[number], topographicMapSurveyedOn = number == 1 ? surveyed : (DateOnly?)null, commitmentRoute = false }));
                if (number == stages && demo.Chance(50)) break; // left running
                at = m.After(at, 2 + demo.Random.Next(4), 16);
                demo.Agenda.At(at, $"一码办：第{number}阶段办结", async () =>
                {
                    var catalogue = await demo.Api.GetAsync(planner, Route + "/catalogue/transfer");
                    var outputs = catalogue["stages"]!.AsArray().First(s => s!["number"]!.GetValue<int>() == number)!["outputs"]!.AsArray()
                        .ToDictionary(o => o!["key"]!.GetValue<string>(), o => $"南川规〔{year}〕{demo.Random.Next(100, 999)}号");
                    await demo.Api.PostAsync(planner, $"{Route}/projects/{code.Value}/stages/{number}/completion", new { outputs });
                });
            }
        }
    }
}
