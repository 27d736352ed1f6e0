using System.Text.Json.Serialization;

namespace Nanchuan.Enforcement.Domain;

public enum InspectionKind
{
    /// <summary>综合查一次: the planned joint inspection, every item of the enterprise's scenario in one visit.</summary>
    Comprehensive,

    /// <summary>例外检查: one department, outside the regime, for a stated exception type and basis.</summary>
    Exception,
}

public enum InspectionStatus
{
    /// <summary>检查中: visited, findings not yet recorded.</summary>
    InProgress,

    /// <summary>整改中: findings recorded, a rectification is still open.</summary>
    Rectifying,

    /// <summary>已办结: findings recorded and every rectification done.</summary>
    Closed,
}

public enum FindingOutcome
{
    /// <summary>合规.</summary>
    Compliant,

    /// <summary>责令整改 (with a deadline).</summary>
    RectificationRequired,

    /// <summary>违法, the case referred to the item's department.</summary>
    Violation,
}

/// <summary>The finding on one checklist item.</summary>
/// <param name="RectificationWorkingDays">The rectification limit in working days (责令限期整改); only for RectificationRequired.</param>
/// <param name="Serious">A serious violation, published to other modules; only for Violation.</param>
public sealed record Finding(
    string ItemCode, string Item, string Department, string LegalBasis, FindingOutcome Outcome, string? Note, int? RectificationWorkingDays,
    DateTimeOffset? RectificationDueAt, bool Serious);

/// <summary>A rectification the enterprise owes, watched as a deadline (platform rule 4).</summary>
public sealed record Rectification(
    string ItemCode, string Department, int WorkingDays, DateTimeOffset Start, DateTimeOffset DueAt, bool Warned, bool Overdue, DateTimeOffset? CompletedAt, bool? OnTime)
{
    [JsonIgnore]
    public bool IsOpen => CompletedAt is null;
}

/// <summary>
/// 执法检查: one visit to an enterprise — a comprehensive inspection of the quarter's plan or an exception inspection — its
/// findings per checklist item and the rectifications they require. Changed only by its own events.
/// </summary>
public sealed class Inspection : IErasureCounted, ICaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    long ICaseView.Version => Version;

    public string Quarter { get; set; } = "";
    public string Month { get; set; } = "";
    public InspectionKind Kind { get; set; }
    public string? ExceptionType { get; set; }
    public string? ExceptionBasis { get; set; }
    public Guid? LinkedCaseId { get; set; }
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public Scenario? Scenario { get; set; }
    public List<string> Departments { get; set; } = [];
    public string LeadDepartment { get; set; } = "";
    public List<string> Inspectors { get; set; } = [];
    public int ChecklistVersion { get; set; }
    public DateTimeOffset VisitedAt { get; set; }
    public InspectionStatus Status { get; set; }
    public List<Finding> Findings { get; set; } = [];
    public List<Rectification> Rectifications { get; set; } = [];
    public DateTimeOffset? FindingsRecordedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The items of its checklist version this inspection covers: its scenario's for a comprehensive one, its department's for an exception.</summary>
    public IReadOnlyList<ChecklistItem> Items(ChecklistVersion checklist) =>
        Kind == InspectionKind.Comprehensive ? checklist.Of(Scenario!.Value) : checklist.OfDepartment(LeadDepartment);

    public static Inspection Create(InspectionRecorded e) => new()
    {
        Id = e.InspectionId, Quarter = e.Quarter, Month = e.Month, Kind = e.Kind, ExceptionType = e.ExceptionType, ExceptionBasis = e.ExceptionBasis,
        LinkedCaseId = e.LinkedCaseId, CreditCode = e.CreditCode, EnterpriseName = e.EnterpriseName, Scenario = e.Scenario, Departments = [.. e.Departments],
        LeadDepartment = e.LeadDepartment, Inspectors = [.. e.Inspectors], VisitedAt = e.VisitedAt, Status = InspectionStatus.InProgress,
        ChecklistVersion = e.ChecklistVersion ?? ScenarioChecklists.Seed.Number,
    };

    public void Apply(FindingsRecorded e)
    {
        Findings = [.. e.Findings];
        FindingsRecordedAt = e.RecordedAt;
        Rectifications = e.Findings.Where(f => f.Outcome == FindingOutcome.RectificationRequired)
            .Select(f => new Rectification(f.ItemCode, f.Department, f.RectificationWorkingDays!.Value, e.RecordedAt, f.RectificationDueAt!.Value, false, false, null, null))
            .ToList();
        CloseIfDone(e.RecordedAt);
    }

    public void Apply(RectificationCompleted e)
    {
        Change(e.ItemCode, r => r with { CompletedAt = e.CompletedAt, OnTime = e.OnTime });
        CloseIfDone(e.CompletedAt);
    }

    public void Apply(RectificationDeadlineWarned e) => Change(e.ItemCode, r => r with { Warned = true });

    public void Apply(RectificationOverdue e) => Change(e.ItemCode, r => r with { Overdue = true });

    public void Apply(RectificationDeadlineRecomputed e) => Change(e.ItemCode, r => r with { DueAt = e.DueAt, Warned = false, Overdue = false });

    private void Change(string itemCode, Func<Rectification, Rectification> change) =>
        Rectifications = Rectifications.Select(r => r.ItemCode == itemCode ? change(r) : r).ToList();

    private void CloseIfDone(DateTimeOffset at)
    {
        if (Rectifications.Any(r => r.IsOpen))
        {
            Status = InspectionStatus.Rectifying;
            return;
        }
        Status = InspectionStatus.Closed;
        ClosedAt = at;
    }
}
