namespace Nanchuan.Judiciary.Domain;

/// <summary>Chinese names of the stages and states, for 409 answers, summaries and lists.</summary>
internal static class Labels
{
    public static string ToChinese(this DisputeStage stage) => stage switch
    {
        DisputeStage.PreLitigation => "诉前",
        DisputeStage.Litigation => "诉讼",
        _ => "执行",
    };

    public static string ToChinese(this DisputeStatus status) => status switch
    {
        DisputeStatus.Filed => "已登记",
        DisputeStatus.AwaitingAssignment => "待交办",
        DisputeStatus.Mediating => "调处中",
        DisputeStatus.Resolved => "调处成功",
        _ => "调处不成",
    };

    public static string ToChinese(this EnforcementMeasure measure) => measure == EnforcementMeasure.AssetDisposal ? "财产处置" : "信用惩戒";
}
