using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.Enforcement.Deadlines;

namespace Nanchuan.Enforcement.Findings;

/// <summary>How rectifications are limited and watched.</summary>
internal static class Rectifications
{
    public const int MaxWorkingDays = 60;

    /// <summary>The deadlines are stateless: one instance serves the endpoints, the platform's registered one fires them.</summary>
    public static readonly InspectionDeadlines Deadlines = new();

    public static TimeLimit Limit(int workingDays) => TimeLimit.WorkingDays(workingDays);
}

internal static class FindingsDecision
{
    private const string Action = "记录检查结果 (record findings)";

    /// <summary>One finding per item of the inspection (all of a comprehensive one's scenario), each complete for its outcome.</summary>
    public static FindingsRecorded Record(Inspection state, ChecklistVersion checklist, IReadOnlyList<FindingBody>? findings, DateTimeOffset now, Func<int, DateTimeOffset> rectificationDue)
    {
        if (state.Status != InspectionStatus.InProgress) throw new InvalidStateTransitionException(state.Status.ToChinese(), Action);
        var errors = new FieldErrors();
        var items = state.Items(checklist);
        if (findings is null || findings.Count == 0)
        {
            errors.Add("findings", "请逐项记录检查结果 / give a finding per checked item.");
            errors.ThrowIfAny();
        }
        var recorded = new List<Finding>();
        for (var i = 0; i < findings!.Count; i++)
        {
            var f = findings[i];
            var field = $"findings[{i}]";
            var item = items.FirstOrDefault(x => x.Code == f.ItemCode?.Trim());
            errors.If(item is null, $"{field}.itemCode", $"检查项“{f.ItemCode}”不在本次检查的清单内 / item '{f.ItemCode}' is not on this inspection's checklist.");
            errors.If(f.Outcome is null || !Enum.IsDefined(f.Outcome.Value), $"{field}.outcome",
                "请填写检查结论：compliant、rectificationRequired 或 violation / the outcome is required: compliant, rectificationRequired or violation.");
            if (f.Outcome == FindingOutcome.RectificationRequired)
                errors.If(f.RectificationWorkingDays is not (>= 1 and <= Rectifications.MaxWorkingDays), $"{field}.rectificationWorkingDays",
                    $"责令整改须给出1至{Rectifications.MaxWorkingDays}个工作日的整改期限 / a rectification needs a limit of 1 to {Rectifications.MaxWorkingDays} working days.");
            else errors.If(f.RectificationWorkingDays is not null, $"{field}.rectificationWorkingDays", "仅责令整改有整改期限 / only a rectification has a limit.");
            if (f.Outcome == FindingOutcome.Violation)
                errors.If(f.Serious is null, $"{field}.serious", "请说明是否属严重违法 / say whether the violation is serious.");
            else errors.If(f.Serious is not null, $"{field}.serious", "仅违法结论有严重程度 / only a violation is serious or not.");
            if (item is null || f.Outcome is not { } outcome) continue;
            recorded.Add(new Finding(item.Code, item.Item, item.Department, item.LegalBasis, outcome, string.IsNullOrWhiteSpace(f.Note) ? null : f.Note.Trim(),
                f.RectificationWorkingDays, outcome == FindingOutcome.RectificationRequired && f.RectificationWorkingDays is { } days ? rectificationDue(days) : null,
                f.Serious == true));
        }
        var duplicates = recorded.GroupBy(f => f.ItemCode).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        errors.If(duplicates.Count > 0, "findings", $"检查项重复：{string.Join("、", duplicates)} / items given twice: {string.Join(", ", duplicates)}.");
        if (state.Kind == InspectionKind.Comprehensive)
        {
            var missing = items.Select(x => x.Code).Except(findings.Select(f => f.ItemCode?.Trim())).ToList();
            errors.If(missing.Count > 0, "findings", $"综合检查须逐项查完场景清单，缺：{string.Join("、", missing)} / a comprehensive inspection checks every item of its scenario; missing: {string.Join(", ", missing)}.");
        }
        errors.ThrowIfAny();
        return new FindingsRecorded(state.Id, recorded, now);
    }
}
