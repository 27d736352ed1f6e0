namespace Nanchuan.Licensing.Registration;

/// <summary>
/// The 20 service points (服务点) of 开办企业"近快办", as named in the plan of 区市场监管局: four cluster / park
/// registration sites and the 16 market-supervision offices (市场监管所). Each offers consultation, guidance and
/// assisted filing (帮办代办), accepts registrations and issues licences.
/// </summary>
internal static class ServicePoints
{
    public static readonly IReadOnlyList<string> All =
    [
        "工业园区龙岩组团", "盛亚祥集群注册地", "小青蛙集群注册地", "美佳美建材专业市场",
        "东城", "南城", "西城", "三泉", "大观所", "黎香湖", "兴隆", "水江",
        "山王坪", "楠竹山", "鸣玉所", "南平", "金山", "头渡所", "大有", "古花",
    ];

    public static bool Exists(string? name) => name is not null && All.Contains(name.Trim());
}
