namespace Nanchuan.Utilities.Domain.Water;

/// <summary>The channels a "pay last" water application may come through (any of them).</summary>
public enum WaterApplicationChannel
{
    /// <summary>政务办综合窗口.</summary>
    GovernmentWindow,

    /// <summary>渝快办.</summary>
    YuKuaiBan,

    /// <summary>水电气讯一窗联办窗口.</summary>
    JointUtilityWindow,

    /// <summary>区自来水公司微信公众号.</summary>
    WeChatAccount,

    /// <summary>营业厅窗口.</summary>
    BusinessHall,
}
