namespace Nanchuan.Enforcement.Domain;

/// <summary>
/// The 11 departments of "综合查一次" (the seed names market supervision, ecology and environment and emergency management
/// and says 11; the other eight are the district's usual park inspectors, a default the checklists can change) and the
/// Justice Bureau, which plans and supervises.
/// </summary>
internal static class Departments
{
    public const string JusticeBureau = "区司法局";
    public const string MarketSupervision = "区市场监管局";
    public const string EcologyEnvironment = "区生态环境局";
    public const string EmergencyManagement = "区应急管理局";
    public const string FireRescue = "区消防救援支队";
    public const string HealthCommission = "区卫生健康委";
    public const string HumanResources = "区人力社保局";
    public const string Agriculture = "区农业农村委";
    public const string HousingConstruction = "区住房城乡建委";
    public const string Transport = "区交通运输委";
    public const string UrbanManagement = "区城市管理局";
    public const string Commerce = "区商务委";

    public static readonly IReadOnlyList<string> Inspecting =
    [
        MarketSupervision, EcologyEnvironment, EmergencyManagement, FireRescue, HealthCommission, HumanResources, Agriculture,
        HousingConstruction, Transport, UrbanManagement, Commerce,
    ];
}
