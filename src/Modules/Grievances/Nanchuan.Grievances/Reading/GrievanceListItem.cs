using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Nanchuan.Grievances.Reading;

/// <summary>
/// One row per request for lists, the open-items board and the daily intake summary: flat fields that can be filtered
/// in the database (credit code, current handling unit, received time), kept inline with the events.
/// </summary>
public sealed class GrievanceListItem : IOpenApiExample<GrievanceListItem>
{
    public static GrievanceListItem Example => new()
    {
        Id = Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"),
        Status = GrievanceStatus.Assigned,
        Channel = IntakeChannel.Platform,
        EnterpriseName = "重庆南川示例科技有限公司",
        CreditCode = "91500119MA5U8XRB98",
        Content = "厂区门前道路破损，货车进出困难，请协调修复。",
        ReceivedAt = new DateTimeOffset(2024, 5, 8, 9, 30, 0, TimeSpan.FromHours(8)),
        AssignmentDueAt = new DateTimeOffset(2024, 5, 9, 18, 0, 0, TimeSpan.FromHours(8)),
        Round = 1,
        SlipNumber = "ncqhww2024-01",
        ProblemType = Domain.ProblemType.Simple,
        HandlingUnitId = "qu-chengshiguanliju",
        HandlingUnitName = "区城市管理局",
        HandlingDueAt = new DateTimeOffset(2024, 5, 11, 18, 0, 0, TimeSpan.FromHours(8)),
    };

    public Guid Id { get; set; }
    public GrievanceStatus Status { get; set; }
    public IntakeChannel Channel { get; set; }
    public FeedbackBoxLocation? BoxLocation { get; set; }

    /// <summary>The module that forwarded the request (e.g. Licensing, Utilities); null when received here.</summary>
    public string? SourceModule { get; set; }

    /// <summary>That module's id for the request.</summary>
    public Guid? SourceReference { get; set; }

    /// <summary>That module's case the request concerns (e.g. the power connection).</summary>
    public Guid? SourceCaseId { get; set; }

    public string EnterpriseName { get; set; } = "";

    /// <summary>统一社会信用代码 as text; null for an anonymous box note.</summary>
    public string? CreditCode { get; set; }

    public string Content { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>
    /// The same instant in UTC: the indexed column the lists sort and filter by (ADR 0131), since PostgreSQL's timestamptz
    /// parameters take no other offset and <see cref="ReceivedAt"/> keeps the one it was given (Beijing time for a call
    /// entered by the BusinessOffice). Not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset ReceivedAtUtc => ReceivedAt.ToUniversalTime();
    public DateTimeOffset AssignmentDueAt { get; set; }

    /// <summary>0 while never assigned.</summary>
    public int Round { get; set; }

    public string? SlipNumber { get; set; }
    public ProblemType? ProblemType { get; set; }
    public string? HandlingUnitId { get; set; }
    public string? HandlingUnitName { get; set; }
    public DateTimeOffset? HandlingDueAt { get; set; }
    public DateTimeOffset? HandledAt { get; set; }

    /// <summary>The running deadline (assignment or handling) has passed.</summary>
    public bool Overdue { get; set; }

    public DateOnly? PromisedCompletionDate { get; set; }

    /// <summary>The promised date has come and the BusinessOffice has not revisited yet.</summary>
    public bool AwaitingPromiseRevisit { get; set; }

    /// <summary>Null until the promise was revisited.</summary>
    public bool? PromiseKept { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>Builds <see cref="GrievanceListItem"/> from the grievance's events (event data only, never a clock).</summary>
public sealed class GrievanceListItemProjection : SingleStreamProjection<GrievanceListItem, Guid>
{
    public GrievanceListItemProjection()
    {
        foreach (var type in GrievanceEventTypes.All) IncludeType(type);
    }

    public override GrievanceListItem? Evolve(GrievanceListItem? snapshot, Guid id, IEvent e)
    {
        if (e.Data is GrievanceReceived received) return Start(received);
        if (snapshot is null) return null;
        var item = snapshot;
        switch (e.Data)
        {
            case GrievanceAssigned assigned:
                item.Status = GrievanceStatus.Assigned;
                item.Round = assigned.Round;
                item.SlipNumber = assigned.SlipNumber;
                item.ProblemType = assigned.ProblemType;
                item.HandlingUnitId = assigned.HandlingUnitId;
                item.HandlingUnitName = assigned.HandlingUnitName;
                item.HandlingDueAt = assigned.HandlingDueAt;
                item.HandledAt = null;
                item.Overdue = false;
                item.PromisedCompletionDate = null;
                item.AwaitingPromiseRevisit = false;
                item.PromiseKept = null;
                break;
            case EnterpriseContacted:
                item.Status = GrievanceStatus.Contacted;
                break;
            case HandlingReported reported:
                item.Status = GrievanceStatus.Handled;
                item.HandledAt = reported.ReportedAt;
                item.Overdue = false;
                item.PromisedCompletionDate = reported.PromisedCompletionDate;
                break;
            case GrievanceEvaluated evaluated:
                item.Status = evaluated.Satisfied ? GrievanceStatus.Evaluated : GrievanceStatus.Unsatisfied;
                break;
            case TrackingContinued:
                item.Status = GrievanceStatus.Tracking;
                break;
            case GrievanceClosed closed:
                item.Status = GrievanceStatus.Closed;
                item.ClosedAt = closed.ClosedAt;
                break;
            case AssignmentOverdue or HandlingOverdue:
                item.Overdue = true;
                break;
            case DeadlineRecomputed recomputed:
                if (recomputed.Deadline == DeadlineKind.Assignment) item.AssignmentDueAt = recomputed.NewDueAt;
                else item.HandlingDueAt = recomputed.NewDueAt;
                item.Overdue = false;
                break;
            case PromiseRevisitDue:
                item.AwaitingPromiseRevisit = true;
                break;
            case PromiseRevisited revisited:
                item.AwaitingPromiseRevisit = false;
                item.PromiseKept = revisited.Kept;
                break;
            case RegisteredEnterpriseRecognised or AssignmentDeadlineWarned or HandlingDeadlineWarned or SupervisionNoticeIssued or RelatedCaseLinked:
                break;
        }
        return item;
    }

    private static GrievanceListItem Start(GrievanceReceived e) => new()
    {
        Id = e.GrievanceId,
        Status = GrievanceStatus.Received,
        Channel = e.Channel,
        BoxLocation = e.BoxLocation,
        SourceModule = e.Source?.Module,
        SourceReference = e.Source?.Reference,
        SourceCaseId = e.Source?.CaseId,
        EnterpriseName = e.EnterpriseName,
        CreditCode = e.CreditCode?.Value,
        Content = e.Content,
        ReceivedAt = e.ReceivedAt,
        AssignmentDueAt = e.AssignmentDueAt,
    };
}
