using System.Text.Json.Serialization;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.PersonalData;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// 企业诉求: an enterprise request going round the closed loop 收集—交办—办理—反馈—评价—销号—回访.
/// State only, changed solely by applying its own events (Marten live aggregation: <see cref="Create"/> for the first
/// event, <c>Apply</c> for the others); it never reads a clock. Decisions are in <see cref="GrievanceDecisions"/>.
/// </summary>
public sealed class Grievance : IHandledCase, IErasureCounted
{
    public Guid Id { get; set; }

    /// <summary>Stream version, for optimistic concurrency (Marten fills it in).</summary>
    public int Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the request (counted by the platform's eraser, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    public GrievanceStatus Status { get; set; }
    public IntakeChannel Channel { get; set; }
    public FeedbackBoxLocation? BoxLocation { get; set; }
    public DateOnly? BoxCollectionDate { get; set; }

    /// <summary>The module that forwarded the request, its id there and the case it concerns; null when received here.</summary>
    public RequestSource? Source { get; set; }

    public string EnterpriseName { get; set; } = "";
    public UnifiedSocialCreditCode? CreditCode { get; set; }

    /// <summary>The registered name of the company behind <see cref="CreditCode"/>, once recognised; null when not registered here.</summary>
    public string? RegisteredEnterpriseName { get; set; }
    public string ContactPerson { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Content { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset AssignmentDueAt { get; set; }
    public bool IsAssignmentDeadlineWarned { get; set; }
    public bool IsAssignmentOverdue { get; set; }

    /// <summary>Every assignment so far, first one first.</summary>
    public List<HandlingRound> Rounds { get; set; } = [];

    public string? TrackingReason { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Other modules' cases that answer the request (e.g. an inspection made on it).</summary>
    public List<RelatedCase> RelatedCases { get; set; } = [];

    /// <summary>The latest assignment; null while the request was never assigned.</summary>
    [JsonIgnore]
    public HandlingRound? CurrentRound => Rounds.Count == 0 ? null : Rounds[^1];

    /// <summary>
    /// The received time in UTC. With <see cref="CreditCodeText"/>, <see cref="Status"/>, <see cref="HandlingUnitId"/>,
    /// <see cref="PromisedCompletionDate"/> and <see cref="PromiseKept"/>, the duplicated, indexed columns the lists, the board
    /// and the intake summary read the snapshots by (ADRs 0131, 0200); UTC because PostgreSQL's timestamptz parameters take no
    /// other offset. These are not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset ReceivedAtUtc => ReceivedAt.ToUniversalTime();

    /// <summary>统一社会信用代码 as text; null for an anonymous box note.</summary>
    [JsonIgnore]
    public string? CreditCodeText => CreditCode?.Value;

    /// <summary>The unit of the latest round; null while never assigned.</summary>
    [JsonIgnore]
    public string? HandlingUnitId => CurrentRound?.HandlingUnitId;

    /// <summary>The completion date promised in the latest round's handling report, if any.</summary>
    [JsonIgnore]
    public DateOnly? PromisedCompletionDate => CurrentRound?.PromisedCompletionDate;

    /// <summary>Whether the latest round's promise was kept; null until revisited.</summary>
    [JsonIgnore]
    public bool? PromiseKept => CurrentRound?.PromiseKept;

    /// <summary>
    /// The running deadline in UTC: the assignment's while received, the latest round's handling deadline while assigned or
    /// contacted; null when none runs. The duplicated, indexed column the open-items board reads by (ADR 0262): only the
    /// requests due by the end of today, not every open one. Not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? RunningDueAtUtc => Status switch
    {
        // As OpenDeadlines, without its list: read at every save of the snapshot.
        GrievanceStatus.Received => AssignmentDueAt.ToUniversalTime(),
        GrievanceStatus.Assigned or GrievanceStatus.Contacted => CurrentRound?.DueAt.ToUniversalTime(),
        _ => null,
    };

    /// <summary>
    /// When the first round was assigned, in UTC; null while never assigned. With <see cref="LastRoundActivityAtUtc"/>, the
    /// duplicated, indexed columns that find the requests counting in a month's 月度通报 (ADR 0200). Not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? FirstAssignedAtUtc => Rounds.Count == 0 ? null : Rounds[0].AssignedAt.ToUniversalTime();

    /// <summary>
    /// The latest assignment, evaluation, 好差评 or closure of any round, in UTC: no round counts in a later month. Read at
    /// every save of the snapshot (its column's value), so it allocates nothing.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? LastRoundActivityAtUtc
    {
        get
        {
            DateTimeOffset? latest = null;
            foreach (var round in Rounds)
            {
                foreach (var at in (ReadOnlySpan<DateTimeOffset?>)[round.AssignedAt, round.EvaluatedAt, round.EnterpriseRatedAt, round.ClosedAt])
                {
                    if (at is { } instant && (latest is null || instant > latest)) latest = instant;
                }
            }
            return latest?.ToUniversalTime();
        }
    }

    /// <summary>
    /// Handled by the staff of the unit its latest round was assigned to, matched by the directory id their token carries
    /// (ADR 0060): they act on it, and read its audit history (ADR 0068).
    /// </summary>
    public bool IsHandledBy(Actor actor) =>
        actor.Role == Roles.DepartmentHandler && CurrentRound is { } round && round.HandlingUnitId.Length > 0 && actor.DepartmentId == round.HandlingUnitId;

    /// <summary>The deadlines still running, with what they were computed from (for recomputation after a calendar change).</summary>
    public IReadOnlyList<OpenDeadline> OpenDeadlines() => Status switch
    {
        GrievanceStatus.Received =>
            [new OpenDeadline(DeadlineKind.Assignment, null, ReceivedAt, TimeLimits.AssignmentWorkingDays, AssignmentDueAt)],
        GrievanceStatus.Assigned or GrievanceStatus.Contacted when CurrentRound is { } round =>
            [new OpenDeadline(DeadlineKind.Handling, round.Round, round.AssignedAt, round.TimeLimitWorkingDays, round.DueAt)],
        _ => [],
    };

    public static Grievance Create(GrievanceReceived e) => new()
    {
        Id = e.GrievanceId,
        Status = GrievanceStatus.Received,
        Channel = e.Channel,
        BoxLocation = e.BoxLocation,
        BoxCollectionDate = e.BoxCollectionDate,
        Source = e.Source,
        EnterpriseName = e.EnterpriseName,
        CreditCode = e.CreditCode,
        ContactPerson = e.ContactPerson,
        Phone = e.Phone,
        Content = e.Content,
        ReceivedAt = e.ReceivedAt,
        AssignmentDueAt = e.AssignmentDueAt,
    };

    public void Apply(RegisteredEnterpriseRecognised e) => RegisteredEnterpriseName = e.RegisteredName;

    public void Apply(RelatedCaseLinked e) => RelatedCases.Add(new RelatedCase(e.Module, e.CaseId, e.Description, e.LinkedAt));

    public void Apply(AssignmentDeadlineWarned _) => IsAssignmentDeadlineWarned = true;

    public void Apply(AssignmentOverdue _) => IsAssignmentOverdue = true;

    public void Apply(GrievanceAssigned e)
    {
        Rounds.Add(HandlingRound.Start(e));
        TrackingReason = null;
        Status = GrievanceStatus.Assigned;
    }

    public void Apply(EnterpriseContacted e)
    {
        UpdateCurrentRound(round => round.Apply(e));
        Status = GrievanceStatus.Contacted;
    }

    public void Apply(HandlingDeadlineWarned e) => UpdateCurrentRound(round => round.Apply(e));

    public void Apply(HandlingOverdue e) => UpdateCurrentRound(round => round.Apply(e));

    public void Apply(SupervisionNoticeIssued e) => UpdateCurrentRound(round => round.Apply(e));

    public void Apply(DeadlineRecomputed e)
    {
        if (e.Deadline == DeadlineKind.Assignment)
        {
            AssignmentDueAt = e.NewDueAt;
            IsAssignmentDeadlineWarned = false;
            IsAssignmentOverdue = false;
        }
        else
        {
            UpdateCurrentRound(round => round.Apply(e));
        }
    }

    public void Apply(HandlingReported e)
    {
        UpdateCurrentRound(round => round.Apply(e));
        Status = GrievanceStatus.Handled;
    }

    public void Apply(GrievanceEvaluated e)
    {
        UpdateCurrentRound(round => round.Apply(e));
        Status = e.Satisfied ? GrievanceStatus.Evaluated : GrievanceStatus.Unsatisfied;
    }

    /// <summary>The round that was rated, not necessarily the current one: a re-assignment may have followed.</summary>
    public void Apply(GrievanceRatedByEnterprise e)
    {
        var index = Rounds.FindIndex(round => round.Round == e.Round);
        Rounds[index] = Rounds[index].Apply(e);
    }

    public void Apply(TrackingContinued e)
    {
        TrackingReason = e.Reason;
        Status = GrievanceStatus.Tracking;
    }

    public void Apply(PromiseRevisitDue e) => UpdateCurrentRound(round => round.Apply(e));

    public void Apply(PromiseRevisited e) => UpdateCurrentRound(round => round.Apply(e));

    public void Apply(GrievanceClosed e)
    {
        UpdateCurrentRound(round => round.Apply(e));
        ClosedAt = e.ClosedAt;
        Status = GrievanceStatus.Closed;
    }

    private void UpdateCurrentRound(Func<HandlingRound, HandlingRound> change) => Rounds[^1] = change(Rounds[^1]);
}
