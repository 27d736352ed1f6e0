namespace Nanchuan.Utilities.Domain;

/// <summary>
/// The providers of the plan (水电气领域“一表清”) and the authority that supervises them. A provider's staff sign in as
/// DepartmentHandler users whose department is the provider's name (e.g. 国网南川供电公司); they see the connections of
/// their own company only. Gas operators are named by the price lists they publish.
/// </summary>
internal static class Providers
{
    /// <summary>区供电公司: the power provider.</summary>
    public const string PowerCompany = "国网南川供电公司";

    /// <summary>区自来水公司: the water company whose area has the "pay last" connection (承诺办).</summary>
    public const string WaterCompany = "南川区自来水公司";

    /// <summary>泽禹供水公司: the other water company (energy check-ups only).</summary>
    public const string ZeyuWaterCompany = "泽禹供水公司";

    /// <summary>区经济信息委: leads the plan, runs the gas spot checks, takes power complaints.</summary>
    public const string EconomicCommission = "区经济信息委";

    /// <summary>
    /// The price authorities that spot-check the gas operators together (区经济信息委联合区发展改革委、区市场监管局等价格管理部门):
    /// 区经济信息委 organises the draws; each of them records what it found.
    /// </summary>
    public static readonly IReadOnlySet<string> PriceAuthorities = new HashSet<string> { EconomicCommission, "区发展改革委", "区市场监管局" };
}
