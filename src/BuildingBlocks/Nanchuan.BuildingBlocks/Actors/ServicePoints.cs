namespace Nanchuan.BuildingBlocks.Actors;

/// <summary>
/// Where a window clerk works (ADR 0034): the service hall's comprehensive window, or one of the 20 service points of
/// 开办企业"近快办" named in the plan of 区市场监管局 — four cluster / park registration sites and the 16 market-supervision
/// offices (市场监管所). A clerk acts on a point's registrations only at that point.
/// </summary>
public static class ServicePoints
{
    /// <summary>The district government service hall (区政务服务中心), whose comprehensive window is not one of the 20 points.</summary>
    public const string Hall = "区政务服务中心";

    public static readonly IReadOnlyList<string> Nearby =
    [
        "工业园区龙岩组团", "盛亚祥集群注册地", "小青蛙集群注册地", "美佳美建材专业市场",
        "东城", "南城", "西城", "三泉", "大观所", "黎香湖", "兴隆", "水江",
        "山王坪", "楠竹山", "鸣玉所", "南平", "金山", "头渡所", "大有", "古花",
    ];

    /// <summary>One of the 20 service points.</summary>
    public static bool IsNearby(string? name) => name is not null && Nearby.Contains(name.Trim());

    /// <summary>A place a window clerk can belong to: the hall or one of the 20 points.</summary>
    public static bool IsWorkplace(string? name) => name?.Trim() == Hall || IsNearby(name);
}
