using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.DemoData.Seeding;

/// <summary>An enterprise of the month (企业) with its 统一社会信用代码.</summary>
internal sealed record Enterprise(string Name, string CreditCode)
{
    public Actor User => new($"ent-{CreditCode}", Name, Roles.Enterprise, null, CreditCode, Channels.Web);
}

/// <summary>
/// The people of the month: the console's development identities (so signing in there shows their cases) and enterprises with
/// zh_CN names registered in Nanchuan (administrative division 500119) under codes whose two check characters are computed
/// (GB 11714-1997 for the organisation code, GB 32100-2015 for the whole).
/// </summary>
internal static class People
{
    /// <summary>The README's and the console's sample enterprise.</summary>
    public static readonly Enterprise Sample = new("重庆南川示例科技有限公司", "91500119MA5U8XRB98");

    public static readonly Actor BusinessOffice = new("bo-1", "区营商办 张三", Roles.BusinessOffice, "区营商办", null, Channels.Web);
    public static readonly Actor Admin = new("admin-1", "平台管理员 孙七", Roles.Admin, "区政务服务中心", null, Channels.Web);
    public static readonly Actor HallClerk = new("clerk-1", "综合窗口 王五", Roles.WindowClerk, ServicePoints.Hall, null, Channels.Window, ServicePoints.Hall);

    /// <summary>A handler of a unit of the directory (ADR 0059), as its token names it; the market regulator is the console's 区市场监管局 赵六.</summary>
    public static Actor Handler(string unitName, string? person = null)
    {
        var unit = DepartmentSeed.ByName(unitName);
        var name = person ?? (unitName == "区市场监管局" ? "赵六" : "经办人");
        var id = unitName == "区市场监管局" && person is null ? "dh-1" : $"dh-{unit.Id}";
        return new Actor(id, $"{unit.Name} {name}", Roles.DepartmentHandler, unit.Name, null, Channels.Web, DepartmentId: unit.Id);
    }

    public static Actor ClerkAt(string servicePoint) =>
        new($"clerk-{servicePoint}", $"{servicePoint}服务点 窗口人员", Roles.WindowClerk, servicePoint, null, Channels.Window, servicePoint);

    /// <summary>A citizen who votes, signed in with a verified phone number (the token's subject).</summary>
    public static Actor Voter(int n) => new($"phone:+86139{n:D8}", $"市民{n}", Roles.Public, null, null, Channels.Web);

    /// <summary>A code of an enterprise (9 1 500119) or a village collective (N 2 500119) from its 8-character organisation code body.</summary>
    public static string CreditCode(string prefix8, string organisationBody)
    {
        var first17 = prefix8 + organisationBody + UnifiedSocialCreditCode.OrganisationCheckCharacter(organisationBody);
        return UnifiedSocialCreditCode.FromBody(first17).Value;
    }

    private static readonly string[] Places = ["金佛山", "南川", "隆化", "东城", "南平", "水江", "大观", "三泉", "头渡", "龙岩", "黎香湖", "山王坪", "鸣玉", "古花", "兴隆", "楠竹山"];
    private static readonly string[] Trades = ["方竹笋", "茶业", "建材", "机械", "页岩气", "中药材", "旅游开发", "新材料", "物流", "食品", "电子科技", "汽车配件", "铝业", "建筑工程", "农业开发", "酒店管理"];
    private const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary><paramref name="count"/> enterprises, the sample first, the others named and coded by the seed's random numbers.</summary>
    public static IReadOnlyList<Enterprise> Enterprises(Random random, int count)
    {
        var all = new List<Enterprise> { Sample };
        var names = new HashSet<string> { Sample.Name };
        while (all.Count < count)
        {
            var name = $"重庆{Places[random.Next(Places.Length)]}{Trades[random.Next(Trades.Length)]}有限公司";
            if (!names.Add(name)) continue;
            var body = "MA" + new string(Enumerable.Range(0, 6).Select(_ => CodeCharacters[random.Next(CodeCharacters.Length)]).ToArray());
            all.Add(new Enterprise(name, CreditCode("91500119", body)));
        }
        return all;
    }
}
