using Nanchuan.BuildingBlocks.Deadlines;

namespace Nanchuan.Utilities.Domain.Gas;

/// <summary>How a gas application came in (报装申请“零跑腿”).</summary>
public enum GasApplicationChannel
{
    /// <summary>全区统一燃气报装电话 023-71420888.</summary>
    Hotline,

    /// <summary>渝快办APP.</summary>
    YuKuaiBanApp,
}

/// <summary>Non-residential users; small commercial users may choose a fixed-price package (一口价).</summary>
public enum GasUserCategory
{
    /// <summary>中小型商业用户.</summary>
    SmallCommercial,

    /// <summary>其他非居用户.</summary>
    OtherNonResidential,
}

internal static class GasTimeLimits
{
    /// <summary>Acknowledge and survey within 1 working day of the application.</summary>
    public static readonly TimeLimit Survey = TimeLimit.WorkingDays(1);

    /// <summary>Propose the connection plan within 1 working day of the survey.</summary>
    public static readonly TimeLimit Plan = TimeLimit.WorkingDays(1);
}
