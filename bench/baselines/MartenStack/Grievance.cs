using System.Text.Json.Serialization;

namespace Nanchuan.Bench.MartenStack;

public enum GrievanceStatus { Received, Assigned, Contacted }

public enum ContactMethod { Phone, Visit, Meeting, Online }

public sealed record GrievanceReceived(
    Guid GrievanceId, string Channel, string EnterpriseName, string CreditCode, string ContactPerson, string Phone, string Content,
    DateTimeOffset ReceivedAt, DateTimeOffset AssignmentDueAt, DateTimeOffset RecordedAt);

public sealed record GrievanceAssigned(
    Guid GrievanceId, int Round, string SlipNumber, string ProblemType, int TimeLimitWorkingDays, string HandlingUnitId,
    string HandlingUnitName, DateTimeOffset AssignedAt, DateTimeOffset HandlingDueAt);

public sealed record EnterpriseContacted(Guid GrievanceId, int Round, ContactMethod Method, DateTimeOffset ContactedAt, string Notes, DateTimeOffset RecordedAt);

/// <summary>
/// An enterprise request as the platform's snapshot holds it (its fields, its handling rounds inside, the list's columns
/// duplicated and indexed: Program.cs), folded by Marten's conventions from the three events S1 needs. The same document
/// size and index entries as the platform's, so the comparison is of the code, not of the data.
/// </summary>
public sealed class Grievance
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public GrievanceStatus Status { get; set; }
    public string Channel { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Content { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset AssignmentDueAt { get; set; }
    public bool IsAssignmentDeadlineWarned { get; set; }
    public bool IsAssignmentOverdue { get; set; }
    public List<HandlingRound> Rounds { get; set; } = [];
    public string? TrackingReason { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    [JsonIgnore]
    public HandlingRound? CurrentRound => Rounds.Count == 0 ? null : Rounds[^1];

    // The list's columns (the platform's eight): read by Marten at every save of the document, not part of its JSON.
    [JsonIgnore]
    public DateTimeOffset ReceivedAtUtc => ReceivedAt.ToUniversalTime();

    [JsonIgnore]
    public string CreditCodeText => CreditCode;

    [JsonIgnore]
    public string? HandlingUnitId => CurrentRound?.HandlingUnitId;

    [JsonIgnore]
    public DateOnly? PromisedCompletionDate => CurrentRound?.PromisedCompletionDate;

    [JsonIgnore]
    public bool? PromiseKept => CurrentRound?.PromiseKept;

    [JsonIgnore]
    public DateTimeOffset? FirstAssignedAtUtc => Rounds.Count == 0 ? null : Rounds[0].AssignedAt.ToUniversalTime();

    [JsonIgnore]
    public DateTimeOffset? LastRoundActivityAtUtc => CurrentRound?.AssignedAt.ToUniversalTime();

    [JsonIgnore]
    public DateTimeOffset? RunningDueAtUtc => Status switch
    {
        GrievanceStatus.Received => AssignmentDueAt.ToUniversalTime(),
        GrievanceStatus.Assigned or GrievanceStatus.Contacted => CurrentRound?.DueAt.ToUniversalTime(),
        _ => null,
    };

    public static Grievance Create(GrievanceReceived e) => new()
    {
        Id = e.GrievanceId,
        Status = GrievanceStatus.Received,
        Channel = e.Channel,
        EnterpriseName = e.EnterpriseName,
        CreditCode = e.CreditCode,
        ContactPerson = e.ContactPerson,
        Phone = e.Phone,
        Content = e.Content,
        ReceivedAt = e.ReceivedAt,
        AssignmentDueAt = e.AssignmentDueAt,
    };

    public void Apply(GrievanceAssigned e)
    {
        Rounds.Add(new HandlingRound
        {
            GrievanceId = e.GrievanceId, Round = e.Round, SlipNumber = e.SlipNumber, ProblemType = e.ProblemType,
            TimeLimitWorkingDays = e.TimeLimitWorkingDays, HandlingUnitId = e.HandlingUnitId, HandlingUnitName = e.HandlingUnitName,
            AssignedAt = e.AssignedAt, DueAt = e.HandlingDueAt,
        });
        Status = GrievanceStatus.Assigned;
    }

    public void Apply(EnterpriseContacted e)
    {
        Rounds[^1] = Rounds[^1] with { EnterpriseContactedAt = e.ContactedAt };
        Status = GrievanceStatus.Contacted;
    }
}

/// <summary>One assignment of the request and what became of it: the platform's round, field for field.</summary>
public sealed record HandlingRound
{
    public Guid GrievanceId { get; init; }
    public int Round { get; init; }
    public string SlipNumber { get; init; } = "";
    public string ProblemType { get; init; } = "";
    public int TimeLimitWorkingDays { get; init; }
    public string HandlingUnitId { get; init; } = "";
    public string HandlingUnitName { get; init; } = "";
    public DateTimeOffset AssignedAt { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public bool DeadlineWarned { get; init; }
    public bool Overdue { get; init; }
    public int SupervisionNotices { get; init; }
    public DateTimeOffset? EnterpriseContactedAt { get; init; }
    public DateTimeOffset? HandledAt { get; init; }
    public bool? HandledWithinLimit { get; init; }
    public decimal? HandlingWorkingDays { get; init; }
    public DateOnly? PromisedCompletionDate { get; init; }
    public bool PromiseRevisitDue { get; init; }
    public bool? PromiseKept { get; init; }
    public DateTimeOffset? EvaluatedAt { get; init; }
    public bool? Satisfied { get; init; }
    public string? EnterpriseRating { get; init; }
    public DateTimeOffset? EnterpriseRatedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
}
