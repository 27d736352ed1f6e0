namespace Nanchuan.Grievances.Domain;

/// <summary>How the handling unit reached the enterprise (与企业联系情况).</summary>
public enum ContactMethod
{
    /// <summary>电话联系</summary>
    Phone,

    /// <summary>上门走访</summary>
    Visit,

    /// <summary>约谈座谈 at the unit's offices</summary>
    Meeting,

    /// <summary>线上 (WeChat, video call, e-mail)</summary>
    Online,
}
