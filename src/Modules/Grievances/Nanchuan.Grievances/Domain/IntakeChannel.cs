namespace Nanchuan.Grievances.Domain;

/// <summary>How a request reached the BusinessOffice (诉求收集渠道).</summary>
public enum IntakeChannel
{
    /// <summary>平台反馈: the "企呼我为" zone of the district portal or the "南川发布" WeChat account.</summary>
    Platform,

    /// <summary>电话反馈: the hotline 023-71992345, staffed 08:30–18:00 every day including holidays.</summary>
    Phone,

    /// <summary>线下反馈: a note from a feedback box (营商环境意见反馈箱), entered with its box and collection date.</summary>
    Box,

    /// <summary>企业之家: lodged at the service hall's enterprise home desk and forwarded by the Licensing module.</summary>
    EnterpriseHomeDesk,
}

/// <summary>营商环境意见反馈箱: the three feedback boxes the seed sets up.</summary>
public enum FeedbackBoxLocation
{
    /// <summary>区政府大楼</summary>
    DistrictGovernmentBuilding,

    /// <summary>工业园区</summary>
    IndustrialPark,

    /// <summary>政务大厅</summary>
    ServiceHall,
}
