namespace Nanchuan.Grievances.Reading;

/// <summary>
/// One row per request for lists, the open-items board and the daily intake summary, mapped from the request's snapshot
/// (<see cref="Of"/>), which the lists read through its duplicated, indexed columns (ADR 0200).
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

    /// <summary>
    /// The request's row: the latest round's unit, deadline and promise; overdue while the running deadline (the assignment's
    /// before any round, else the latest round's until its handling report) has passed.
    /// </summary>
    public static GrievanceListItem Of(Grievance grievance)
    {
        var round = grievance.CurrentRound;
        return new GrievanceListItem
        {
            Id = grievance.Id,
            Status = grievance.Status,
            Channel = grievance.Channel,
            BoxLocation = grievance.BoxLocation,
            SourceModule = grievance.Source?.Module,
            SourceReference = grievance.Source?.Reference,
            SourceCaseId = grievance.Source?.CaseId,
            EnterpriseName = grievance.EnterpriseName,
            CreditCode = grievance.CreditCodeText,
            Content = grievance.Content,
            ReceivedAt = grievance.ReceivedAt,
            AssignmentDueAt = grievance.AssignmentDueAt,
            Round = round?.Round ?? 0,
            SlipNumber = round?.SlipNumber,
            ProblemType = round?.ProblemType,
            HandlingUnitId = round?.HandlingUnitId,
            HandlingUnitName = round?.HandlingUnitName,
            HandlingDueAt = round?.DueAt,
            HandledAt = round?.HandledAt,
            Overdue = round is null ? grievance.IsAssignmentOverdue : round.Overdue && round.HandledAt is null,
            PromisedCompletionDate = round?.PromisedCompletionDate,
            AwaitingPromiseRevisit = round is { PromiseRevisitDue: true, PromiseKept: null },
            PromiseKept = round?.PromiseKept,
            ClosedAt = grievance.ClosedAt,
        };
    }
}
