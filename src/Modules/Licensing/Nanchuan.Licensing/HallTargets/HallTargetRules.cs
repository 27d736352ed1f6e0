using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Licensing.HallTargets;

/// <summary>
/// The headline targets' limits, by the working-day calendar (ADR 0116): "1个工作日" is one business day of elapsed business time
/// (9 h 30 min with the default hours 08:30–18:00, holidays and make-up workdays as the State Council's schedule has them);
/// "当场办结" (on the spot) is the kit's 0 working days: before the hall closes (18:00) on the working day the case started.
/// </summary>
internal static class HallTargetRules
{
    public static string Name(HallTarget target) => target switch
    {
        HallTarget.CompanyStartUp => "企业开办全流程",
        HallTarget.InvestmentProjectFiling => "企业投资项目备案",
        HallTarget.ConstructionPermit => "施工许可",
        _ => "竣工验收备案",
    };

    public static bool OnTheSpot(HallTarget target) => target is HallTarget.ConstructionPermit or HallTarget.CompletionFiling;

    public static string LimitText(HallTarget target) => OnTheSpot(target) ? "当场办结" : "1个工作日";

    public static DateTimeOffset DueFrom(HallTarget target, DateTimeOffset startedAt, IWorkingDayCalendar calendar) =>
        OnTheSpot(target) ? calendar.AddWorkingDays(startedAt, 0) : calendar.AddBusinessHours(startedAt, calendar.BusinessHours.Length);

    public static Guid MeasurementIdFor(HallTarget target, Guid caseId) => DerivedIds.FromName($"nanchuan:licensing:hall-target:{target}:{caseId}");

    public static HeadlineTargetMeasured Measure(
        HallTarget target, string service, Guid caseId, string caseLabel, string department, DateTimeOffset startedAt, DateTimeOffset finishedAt, IWorkingDayCalendar calendar)
    {
        var due = DueFrom(target, startedAt, calendar);
        return new HeadlineTargetMeasured(MeasurementIdFor(target, caseId), target, service, caseId, caseLabel, department, startedAt, finishedAt, due,
            calendar.WorkingDaysBetween(startedAt, finishedAt), finishedAt <= due);
    }
}
