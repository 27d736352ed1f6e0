namespace Nanchuan.Incentives.Domain;

/// <summary>Chinese names of the states, for 409 answers and lists.</summary>
internal static class Labels
{
    public static string ToChinese(this IncentiveStatus status) => status switch
    {
        IncentiveStatus.Pending => "未到兑现条件",
        IncentiveStatus.Due => "应兑未兑（待联合审查）",
        IncentiveStatus.Reviewed => "应兑未兑（已联合审查，待审定）",
        IncentiveStatus.Decided => "应兑未兑（已审定，待调度资金）",
        IncentiveStatus.Scheduled => "应兑未兑（资金已调度，待兑付）",
        _ => "已兑现",
    };

    public static string ToChinese(this MilestoneStatus status) => status switch
    {
        MilestoneStatus.Pending => "待履约",
        MilestoneStatus.Fulfilled => "已履约",
        _ => "逾期未履约",
    };

    public static string ToChinese(this DecisionAuthority authority) => authority == DecisionAuthority.LeadingGroup
        ? "“双兑现”工作领导小组审定"
        : "工业园区管委会会同有关部门认定";

    public static string ToEnglish(this DecisionAuthority authority) => authority == DecisionAuthority.LeadingGroup
        ? "the leading group's decision"
        : "the park committee's decision";
}
