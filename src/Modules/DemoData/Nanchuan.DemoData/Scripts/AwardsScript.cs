using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>最佳案例大家评: the year's contest opened, cases entered, submissions closed, the preliminary scored and the public vote begun.</summary>
internal static class AwardsScript
{
    private static readonly (string Kind, string Entrant, string Title)[] Entries =
    [
        ("serviceUnit", "区市场监管局", "“近快办”企业开办半日办结"), ("serviceUnit", "国网南川供电公司", "低压小微企业“三零”接电"),
        ("serviceUnit", "区规划自然资源局", "用地审批“一码办”"), ("serviceUnit", "区司法局", "“综合查一次”减少入企检查"),
        ("serviceUnit", "区法院", "涉诉企业调解“靠前办”"), ("serviceUnit", "工业园区管委会", "政府企业“双兑现”台账管理"),
    ];

    public static void Plan(Demo demo)
    {
        var m = demo.Month;
        var year = m.Start.Year;
        var route = $"/api/awards/contests/{year}";
        demo.Agenda.At(m.WorkingDay(1, 9), "大家评：开启年度评选", () => demo.Api.PostAsync(People.BusinessOffice, "/api/awards/contests", new { year }));
        var ids = new List<Slot<Guid>>();
        for (var i = 0; i < Entries.Length; i++)
        {
            var (kind, entrant, title) = Entries[i];
            var id = new Slot<Guid>();
            ids.Add(id);
            demo.Agenda.At(m.WorkingDay(2 + i, 11), "大家评：申报案例", async () => id.Fill((await demo.Api.PostAsync(People.BusinessOffice, route + "/entries", new
            {
                entrantKind = kind, entrantName = entrant, unit = entrant, title, summary = "为企业服务的做法和成效。",
                media = new[] { new { kind = "photo", reference = $"https://media.nanchuan.gov.cn/awards/{year}/{entrant}.jpg", caption = (string?)null } },
                citations = Array.Empty<object>(),
            })).Id("entryId")));
        }
        demo.Agenda.At(m.WorkingDay(10, 17), "大家评：申报截止", () => demo.Api.PostAsync(People.BusinessOffice, route + "/submissions/close", new { }));
        demo.Agenda.At(m.WorkingDay(12, 16), "大家评：初选", () => demo.Api.PostAsync(People.BusinessOffice, route + "/preliminary", new
        {
            assessments = ids.Select((id, n) => new { entryId = id.Value, score = 92m - 3 * n, meetsCriteria = true, note = (string?)null }).ToList(),
            seed = $"{year}初选-公开抽签",
        }));
        for (var voter = 1; voter <= 18; voter++)
        {
            var citizen = People.Voter(voter);
            var pick = ids[demo.Random.Next(ids.Count) % 4];
            demo.Agenda.At(m.WorkingDay(13 + voter % 6, 9 + voter % 9, voter), "大家评：网络投票", () =>
                demo.Api.PostAsync(citizen, route + "/votes", new { entryId = pick.Value }));
        }
    }
}
