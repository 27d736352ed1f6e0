namespace Nanchuan.Procurement.Domain;

/// <summary>Chinese names of the states, for 409 answers and lists.</summary>
internal static class Labels
{
    public static string ToChinese(this ProjectStatus status) => status switch
    {
        ProjectStatus.Registering => "报名中",
        ProjectStatus.AwaitingApproval => "待审批",
        ProjectStatus.Awarded => "已定标",
        ProjectStatus.Contracted => "已签约",
        ProjectStatus.Performing => "履约中",
        ProjectStatus.Completed => "已竣工验收",
        ProjectStatus.TenderFailed => "流标",
        ProjectStatus.AwaitingReaward => "待重新定标",
        ProjectStatus.Rectifying => "整改中",
        _ => "审批未通过",
    };

    public static string ToChinese(this FundingSource source) => source switch
    {
        FundingSource.Fiscal => "财政性资金",
        FundingSource.StateOwned => "国有资金",
        FundingSource.Collective => "集体资金",
        _ => "村（社区）自有资金",
    };
}
