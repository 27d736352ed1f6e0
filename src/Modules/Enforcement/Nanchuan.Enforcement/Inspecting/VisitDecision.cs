namespace Nanchuan.Enforcement.Inspecting;

/// <summary>A visit registered, and the unauthorised-inspection case it opens when it rests on nothing.</summary>
internal sealed record RegisteredVisit(InspectionVisitRegistered Registered, UnauthorisedInspectionRecorded? Unauthorised);

internal static class VisitDecision
{
    /// <summary>
    /// A visit is authorised by a plan entry naming the department in the visit's month (not used on an earlier day), or by an
    /// exception inspection the department recorded for the enterprise before entering, the same day. Otherwise it is an
    /// unauthorised inspection, detected whether or not the department ever records the inspection.
    /// </summary>
    public static RegisteredVisit Register(
        QuarterlyPlan? plan, IReadOnlyList<Inspection> exceptionsOfTheDay, VisitChannel channel, string creditCode, string? knownName, string department, DateTimeOffset now)
    {
        var quarter = Quarter.Of(now);
        var day = BeijingTime.DayOf(now);
        var entry = plan?.EntryFor(creditCode);
        var name = entry?.EnterpriseName ?? knownName ?? creditCode;
        var visitId = InspectionVisit.IdOf(creditCode, department, day);
        var dayText = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var planned = entry is not null && entry.Departments.Contains(department) && entry.Month == BeijingTime.MonthOf(now)
            && (!plan!.CarriedOutOn.TryGetValue(creditCode, out var on) || on == dayText);
        var exception = exceptionsOfTheDay.Where(i => i.CreditCode == creditCode && i.LeadDepartment == department && i.Kind == InspectionKind.Exception
            && BeijingTime.DayOf(i.VisitedAt) == day).OrderBy(i => i.VisitedAt).FirstOrDefault();

        if (planned) return new(Registered(VisitAuthority.Plan, plan!.Id, null), null);
        if (exception is not null) return new(Registered(VisitAuthority.Exception, exception.Id, null), null);
        var unauthorised = new UnauthorisedInspectionRecorded(Guid.CreateVersion7(), UnauthorisedSource.VisitRegistered, quarter.ToString(), creditCode, name, department,
            now, $"扫码入企登记（{(channel == VisitChannel.InspectorScan ? "执法人员扫码" : "企业确认")}）时既无本月季度计划条目，也无当日事先登记的例外检查", now);
        return new(Registered(VisitAuthority.None, null, unauthorised.CaseId), unauthorised);

        InspectionVisitRegistered Registered(VisitAuthority authority, Guid? by, Guid? caseId) =>
            new(visitId, channel, quarter.ToString(), dayText, creditCode, name, department, now, authority, by, caseId);
    }

    /// <summary>The second registration of the same visit confirms it through the other channel; the same channel twice is 409.</summary>
    public static InspectionVisitConfirmed Confirm(InspectionVisit visit, VisitChannel channel, DateTimeOffset now)
    {
        if (visit.Channels.Contains(channel))
        {
            var state = channel == VisitChannel.InspectorScan ? "已扫码登记" : "企业已确认";
            throw new InvalidStateTransitionException(state, "登记入企 (register the visit)",
                $"{visit.Department}于{visit.Day}对{visit.EnterpriseName}的入企检查{state} / this visit was already registered through this channel.");
        }
        return new InspectionVisitConfirmed(visit.Id, channel, now);
    }
}
