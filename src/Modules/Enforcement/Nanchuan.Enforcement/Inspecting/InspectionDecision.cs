namespace Nanchuan.Enforcement.Inspecting;

/// <summary>What a visit without an exception is: the planned comprehensive inspection, or an unauthorised one.</summary>
internal sealed record PlannedVisit(InspectionRecorded? Recorded, PlannedInspectionCarriedOut? CarriedOut, UnauthorisedInspectionRecorded? Unauthorised);

internal static class InspectionDecision
{
    private const string Action = "综合执法检查 (comprehensive inspection)";

    /// <summary>
    /// 每个企业同一季度只接受一次综合执法检查: the plan's entry for the enterprise is used once. A department with no entry for the
    /// enterprise this quarter is inspecting without authority (不按规定擅自检查): the attempt becomes a case for the Justice Bureau.
    /// </summary>
    public static PlannedVisit Planned(QuarterlyPlan? plan, string creditCode, string? enterpriseName, string department, DateTimeOffset visitedAt, DateTimeOffset now)
    {
        var quarter = Quarter.Of(visitedAt);
        var entry = plan?.EntryFor(creditCode);
        if (entry is null || !entry.Departments.Contains(department))
        {
            var name = entry?.EnterpriseName ?? (string.IsNullOrWhiteSpace(enterpriseName) ? creditCode : enterpriseName.Trim());
            return new PlannedVisit(null, null, new UnauthorisedInspectionRecorded(Guid.CreateVersion7(), UnauthorisedSource.RecordAttempt, quarter.ToString(),
                creditCode, name, department, visitedAt, "登记检查时既无季度计划条目，也未说明例外情形", now));
        }
        if (plan!.CarriedOut.TryGetValue(creditCode, out var done))
            throw new InvalidStateTransitionException("本季度已接受综合执法检查", Action,
                $"{entry.EnterpriseName}已于{quarter.ToChinese()}接受综合执法检查（{done}），每个企业同一季度只接受一次综合执法检查 / " +
                $"{creditCode} already had its comprehensive inspection of {quarter} ({done}); an enterprise receives at most one per quarter.");
        var month = BeijingTime.MonthOf(visitedAt);
        if (month != entry.Month)
            throw new InvalidStateTransitionException($"计划于{entry.Month}检查", Action,
                $"{entry.EnterpriseName}排在{entry.Month}的园区综合执法检查，不在{month} / {creditCode} is planned for the park inspection of {entry.Month}, not {month}.");
        var id = Guid.CreateVersion7();
        return new PlannedVisit(
            new InspectionRecorded(id, quarter.ToString(), month, InspectionKind.Comprehensive, null, null, null, creditCode, entry.EnterpriseName, entry.Scenario,
                entry.Departments, department, entry.Inspectors.Select(i => i.Name).ToList(), visitedAt, plan.ChecklistVersion),
            new PlannedInspectionCarriedOut(plan.Id, creditCode, id, visitedAt), null);
    }
}
