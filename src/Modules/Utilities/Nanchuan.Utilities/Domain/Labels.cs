using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;

namespace Nanchuan.Utilities.Domain;

/// <summary>Chinese names of the states, for 409 answers and reports.</summary>
internal static class Labels
{
    public static string ToChinese(this PowerConnectionStatus status) => status switch
    {
        PowerConnectionStatus.Accepted => "已受理",
        PowerConnectionStatus.InspectionRequested => "已竣工报验",
        PowerConnectionStatus.PoweredOn => "已接电",
        _ => status.ToString(),
    };

    public static string ToChinese(this WaterConnectionStatus status) => status switch
    {
        WaterConnectionStatus.Committed => "已签承诺书待通水",
        WaterConnectionStatus.Connected => "已通水待送达费用清单",
        WaterConnectionStatus.Billed => "待履行承诺付费",
        WaterConnectionStatus.Fulfilled => "已履行承诺",
        _ => status.ToString(),
    };

    public static string ToChinese(this GasConnectionStatus status) => status switch
    {
        GasConnectionStatus.Applied => "已申请待勘查",
        GasConnectionStatus.Surveyed => "已勘查待出方案",
        GasConnectionStatus.PlanProposed => "方案待签字",
        GasConnectionStatus.PlanSigned => "方案已签字待出费用明细",
        GasConnectionStatus.FeeIssued => "已出费用明细",
        _ => status.ToString(),
    };
}
