namespace Nanchuan.Licensing.HallTargets;

/// <summary>
/// The hall's headline targets (seed 000: 企业开办全流程缩减至1个工作日；企业投资项目备案缩短为1个工作日；施工许可、竣工备案等事项均当场办结):
/// company start-up end to end, enterprise investment project filing, construction permits, completion filing.
/// </summary>
public enum HallTarget { CompanyStartUp, InvestmentProjectFiling, ConstructionPermit, CompletionFiling }

/// <summary>
/// A finished case was measured against its headline target (ADR 0116): from <paramref name="StartedAt"/> (filing of a registration,
/// acceptance 受理 of an application) to <paramref name="FinishedAt"/> (licence or result issued, or rejected), in working days of
/// business hours by the working-day calendar, against <paramref name="DueAt"/>. One stream per case and target.
/// </summary>
public sealed record HeadlineTargetMeasured(
    Guid MeasurementId, HallTarget Target, string Service, Guid CaseId, string CaseLabel, string Department,
    DateTimeOffset StartedAt, DateTimeOffset FinishedAt, DateTimeOffset DueAt, decimal WorkingDaysTaken, bool Met) : IDescribedEvent
{
    public string Describe() =>
        $"{HallTargetRules.Name(Target)}：{CaseLabel}用时{WorkingDaysTaken}个工作日，{(Met ? "达到" : "未达到")}{HallTargetRules.LimitText(Target)}的目标";
}
