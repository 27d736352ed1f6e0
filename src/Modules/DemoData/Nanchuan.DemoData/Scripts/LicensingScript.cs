using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>
/// 一窗办 / 近快办: company registrations at the service points (filed, accepted, licence issued with its credit code within
/// half a working day or late, rated 好差评 by the new company), the hall's visitors of every working day, and the service items
/// the district's departments and towns list in the catalogue (事项清单) at the month's start, so 时限压缩 has figures.
/// </summary>
internal static class LicensingScript
{
    private const string Route = "/api/licensing";
    private static readonly string[] Founders = ["李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏"];
    private static readonly string[] Industries = ["茶叶种植与加工", "方竹笋加工", "乡村旅游", "建材销售", "中药材种植", "餐饮服务", "道路货物运输", "软件开发"];
    private static readonly string[] Brands = ["金佛", "方竹", "山王坪", "黎香", "龙岩", "鸣玉", "古花", "楠竹", "大有", "兴隆"];

    /// <summary>(code, name, kind, department, level, statutory working days, promised working days, online, concerns enterprises): limits as the district's 清单 compresses them.</summary>
    private static readonly (string Code, string Name, string Kind, string Department, string Level, int Statutory, decimal Promised, bool Online, bool Enterprises)[] Items =
    [
        ("XK-500119-101", "食品经营许可", "administrativeLicence", "区市场监管局", "districtDepartment", 20, 2m, true, true),
        ("XK-500119-102", "建筑工程施工许可证核发", "administrativeLicence", "区住房城乡建委", "districtDepartment", 7, 1m, true, true),
        ("XK-500119-103", "公共场所卫生许可", "administrativeLicence", "区卫生健康委", "districtDepartment", 20, 3m, true, true),
        ("XK-500119-104", "道路货物运输经营许可", "administrativeLicence", "区交通运输委", "districtDepartment", 20, 5m, true, true),
        ("QR-500119-105", "建设工程竣工验收备案", "administrativeConfirmation", "区住房城乡建委", "districtDepartment", 15, 0m, true, true),
        ("GG-500119-106", "社会保险登记", "publicService", "区人力社保局", "districtDepartment", 5, 0.5m, true, true),
        ("XK-500119-107", "乡村建设规划许可", "administrativeLicence", "大观镇人民政府", "town", 20, 10m, false, false),
        ("GG-500119-108", "农村危房改造补助申请", "publicService", "水江镇人民政府", "town", 20, 15m, true, false),
    ];

    public static void Plan(Demo demo)
    {
        var m = demo.Month;
        foreach (var item in Items)
            demo.Agenda.At(m.WorkingDay(1, 8, 30), "事项清单：登记政务服务事项", () => demo.Api.PostAsync(People.Admin, Route + "/catalogue/items", new
            {
                code = item.Code, name = item.Name, kind = item.Kind, department = item.Department, ownerLevel = item.Level,
                statutoryWorkingDays = item.Statutory, promisedWorkingDays = item.Promised, immediate = item.Promised == 0m, online = item.Online,
                concernsEnterprises = item.Enterprises, checklist = new[] { "申请书", "申请人身份证明" },
            }));
        for (var i = 0; i < 8; i++)
        {
            var point = demo.Pick(ServicePoints.Nearby);
            var clerk = People.ClerkAt(point);
            var filedAt = m.WorkingDay(1 + demo.Random.Next(Math.Max(1, m.WorkingDays.Count - 2)), 9 + demo.Random.Next(5), demo.Random.Next(60));
            var industry = demo.Pick(Industries);
            var company = $"重庆{demo.Pick(Brands)}{industry[..2]}{(i + 1):D2}有限公司";
            var founder = demo.Pick(Founders);
            var id = new Slot<Guid>();
            var code = new Slot<string>();
            demo.Agenda.At(filedAt, "近快办：企业开办申请", async () => id.Fill((await demo.Api.PostAsync(clerk, Route + "/registrations", new
            {
                servicePoint = point, companyName = company, legalRepresentative = founder, address = $"重庆市南川区{point}{demo.Random.Next(1, 200)}号",
                industry, assisted = demo.Chance(40),
            })).Id()));
            var acceptedAt = Month.Later(filedAt, 10);
            demo.Agenda.At(acceptedAt, "近快办：受理", () => demo.Api.PostAsync(clerk, $"{Route}/registrations/{id.Value}/acceptance", new { }));
            var late = demo.Chance(20);
            var issuedAt = late ? m.After(acceptedAt, 1, 16) : Month.Later(acceptedAt, 60 + demo.Random.Next(150));
            if (!demo.Agenda.At(issuedAt, "近快办：发照", async () =>
                    code.Fill((await demo.Api.PostAsync(clerk, $"{Route}/registrations/{id.Value}/licence", new { })).Text("creditCode"))))
                continue;
            if (demo.Chance(70))
                demo.Agenda.At(Month.Later(issuedAt, 20), "近快办：企业好差评", () => demo.Api.PostAsync(
                        new Enterprise(company, code.Value).User, Route + "/ratings",
                        new { service = "registration", caseId = id.Value, rating = demo.Chance(85) ? "verySatisfied" : "dissatisfied", comment = (string?)null }),
                    optional: true);
        }
        foreach (var day in m.WorkingDays)
            demo.Agenda.At(m.On(day, 17, 45), "政务服务中心：当日来访人数", () => demo.Api.PostAsync(People.HallClerk, Route + "/hall/visitors",
                new { day, department = "综合窗口", visitors = 120 + demo.Random.Next(120), note = (string?)null }), optional: true);
    }
}
