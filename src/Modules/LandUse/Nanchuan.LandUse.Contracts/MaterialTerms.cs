namespace Nanchuan.LandUse.Contracts;

/// <summary>改变做法: what the reform did to a material.</summary>
public enum MaterialChange
{
    /// <summary>保留: still submitted (by the applicant, the land reserve agency, or a system of record).</summary>
    Keep,
    /// <summary>免提交: no longer submitted; the module fetches or attaches it.</summary>
    Exempt,
    /// <summary>前置: collected once at an earlier stage and reused later.</summary>
    MovedEarlier,
    /// <summary>合并: merged into another material of the same stage.</summary>
    Merged,
}

/// <summary>来源渠道: who or what supplies a material.</summary>
public enum MaterialSource
{
    /// <summary>申请人提供.</summary>
    Applicant,
    /// <summary>储备机构提供 (the land reserve agency).</summary>
    LandReserveAgency,
    /// <summary>交易中心移交 (the public-resource trading centre).</summary>
    TradingCentre,
    /// <summary>国土空间信息平台.</summary>
    LandSpacePlatform,
    /// <summary>用地规划条件 (the outputs of stage 1).</summary>
    PlanningConditions,
    /// <summary>不动产登记系统.</summary>
    RealEstateRegistration,
    /// <summary>非税系统、税务系统.</summary>
    NonTaxAndTaxSystems,
    /// <summary>公安局或市场监管局.</summary>
    PoliceOrMarketSupervision,
    /// <summary>多测合一成果.</summary>
    MultiSurveyResults,
}

/// <summary>获取方式: how the material gets into the file.</summary>
public enum AcquisitionMethod
{
    /// <summary>一窗收取: collected once at the window.</summary>
    WindowCollection,
    /// <summary>内部共享: shared inside the planning and natural-resources systems.</summary>
    InternalSharing,
    /// <summary>接口共享: fetched from another system through its interface.</summary>
    InterfaceSharing,
    /// <summary>Handed over by its supplier (the land reserve agency's inputs of stage 1).</summary>
    HandedOver,
}

/// <summary>Systems the module fetches exempt materials from (simulated adapters, each call recorded in the event).</summary>
public enum ExternalSystem
{
    /// <summary>公共资源交易中心.</summary>
    TradingCentre,
    /// <summary>国土空间信息平台.</summary>
    LandSpacePlatform,
    /// <summary>不动产登记系统.</summary>
    RealEstateRegistration,
    /// <summary>非税收入系统.</summary>
    NonTaxSystem,
    /// <summary>税务系统.</summary>
    TaxSystem,
    /// <summary>公安局 / 市场监管局 identity records.</summary>
    PoliceOrMarketSupervision,
    /// <summary>多测合一 survey results.</summary>
    MultiSurvey,
}
