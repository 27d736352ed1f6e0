namespace Nanchuan.Enforcement.Domain;

/// <summary>The inspectors entered the enterprise: a comprehensive inspection of the plan or an exception inspection is under way.</summary>
/// <param name="Month">The Beijing-time month of the visit (yyyy-MM); a comprehensive inspection's is its monthly park inspection.</param>
/// <param name="ExceptionType">The exception type's code (e.g. "complaint"); null for a comprehensive inspection.</param>
/// <param name="ExceptionBasis">What the exception inspection answers (e.g. the complaint); null for a comprehensive one.</param>
/// <param name="LinkedCaseId">The case it answers in another module (e.g. a grievance), when there is one.</param>
/// <param name="LeadDepartment">The department that recorded it (the one department of an exception inspection).</param>
/// <param name="Inspectors">The inspectors' names (personal data: never published).</param>
/// <param name="ChecklistVersion">The checklist version the findings are held to (the plan's for a comprehensive inspection, the one in force for an
/// exception); null on inspections recorded before checklists had versions (version 1).</param>
public sealed record InspectionRecorded(
    Guid InspectionId,
    string Quarter,
    string Month,
    InspectionKind Kind,
    string? ExceptionType,
    string? ExceptionBasis,
    Guid? LinkedCaseId,
    string CreditCode,
    string EnterpriseName,
    Scenario? Scenario,
    IReadOnlyList<string> Departments,
    string LeadDepartment,
    IReadOnlyList<string> Inspectors,
    DateTimeOffset VisitedAt,
    int? ChecklistVersion) : IDescribedEvent
{
    public string Describe() => Kind == InspectionKind.Comprehensive
        ? $"{string.Join("、", Departments)}对{EnterpriseName}开展“综合查一次”综合执法检查（{Scenario?.ToChinese()}）"
        : $"{LeadDepartment}对{EnterpriseName}开展例外检查（{ExceptionType}）：{ExceptionBasis}";
}

/// <summary>The findings of every checked item were recorded and the result published (一公开).</summary>
public sealed record FindingsRecorded(Guid InspectionId, IReadOnlyList<Finding> Findings, DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() =>
        $"记录检查结果：{Findings.Count}项，合规{Findings.Count(f => f.Outcome == FindingOutcome.Compliant)}项，" +
        $"责令整改{Findings.Count(f => f.Outcome == FindingOutcome.RectificationRequired)}项，违法移送{Findings.Count(f => f.Outcome == FindingOutcome.Violation)}项";
}

/// <summary>The enterprise rectified an item; its department confirmed it.</summary>
public sealed record RectificationCompleted(Guid InspectionId, string ItemCode, DateTimeOffset CompletedAt, bool OnTime, string? Note) : IDescribedEvent
{
    public string Describe() => $"检查项{ItemCode}整改完成（{(OnTime ? "按期" : "逾期")}）";
}

public sealed record RectificationDeadlineWarned(Guid InspectionId, string ItemCode, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : IDescribedEvent
{
    public string Describe() => $"检查项{ItemCode}整改期限将于{DueAt:yyyy-MM-dd HH:mm}届满";
}

public sealed record RectificationOverdue(Guid InspectionId, string ItemCode, DateTimeOffset DueAt, DateTimeOffset DetectedAt) : IDescribedEvent
{
    public string Describe() => $"检查项{ItemCode}整改逾期（期限{DueAt:yyyy-MM-dd HH:mm}）";
}

public sealed record RectificationDeadlineRecomputed(Guid InspectionId, string ItemCode, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason, DateTimeOffset RecomputedAt)
    : IDescribedEvent
{
    public string Describe() => $"检查项{ItemCode}整改期限由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}：{Reason}";
}
