using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// 承办轮次: one assignment of a request to a handling unit (the first one or a re-assignment, 再次交办) and what
/// became of it. Built only from the round's events, so the <see cref="Grievance"/> state and the reporting projections
/// (one row per round) agree; the monthly report is computed from these rows.
/// </summary>
public sealed record HandlingRound
{
    public Guid GrievanceId { get; init; }
    public int Round { get; init; }
    public string SlipNumber { get; init; } = "";
    public ProblemType ProblemType { get; init; }
    public int TimeLimitWorkingDays { get; init; }
    public string HandlingUnitId { get; init; } = "";
    public string HandlingUnitName { get; init; } = "";
    public DateTimeOffset AssignedAt { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public bool DeadlineWarned { get; init; }

    /// <summary>The handling deadline passed without a report (cleared if the deadline is recomputed later).</summary>
    public bool Overdue { get; init; }

    public int SupervisionNotices { get; init; }
    public DateTimeOffset? EnterpriseContactedAt { get; init; }

    /// <summary>办结: when the handling report was filed; null while the round is open.</summary>
    public DateTimeOffset? HandledAt { get; init; }

    public bool? HandledWithinLimit { get; init; }
    public decimal? HandlingWorkingDays { get; init; }
    public DateOnly? PromisedCompletionDate { get; init; }
    public bool PromiseRevisitDue { get; init; }

    /// <summary>Null until the promise was revisited.</summary>
    public bool? PromiseKept { get; init; }

    public DateTimeOffset? EvaluatedAt { get; init; }

    /// <summary>The enterprise's opinion at this round's evaluation; null until evaluated.</summary>
    public bool? Satisfied { get; init; }

    /// <summary>The enterprise's own 好差评 of this round; null until it rated (or in streams from before the rating was its own step).</summary>
    public ServiceRating? EnterpriseRating { get; init; }

    public DateTimeOffset? EnterpriseRatedAt { get; init; }

    /// <summary>Set on the last round when the request is closed (销号).</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    public static HandlingRound Start(GrievanceAssigned e) => new()
    {
        GrievanceId = e.GrievanceId,
        Round = e.Round,
        SlipNumber = e.SlipNumber,
        ProblemType = e.ProblemType,
        TimeLimitWorkingDays = e.TimeLimitWorkingDays,
        HandlingUnitId = e.HandlingUnitId,
        HandlingUnitName = e.HandlingUnitName,
        AssignedAt = e.AssignedAt,
        DueAt = e.HandlingDueAt,
    };

    public HandlingRound Apply(EnterpriseContacted e) => this with { EnterpriseContactedAt = e.ContactedAt };

    public HandlingRound Apply(HandlingReported e) => this with
    {
        EnterpriseContactedAt = EnterpriseContactedAt ?? e.EnterpriseContactedAt,
        HandledAt = e.ReportedAt,
        HandledWithinLimit = e.WithinLimit,
        HandlingWorkingDays = e.HandlingWorkingDays,
        PromisedCompletionDate = e.PromisedCompletionDate,
    };

    public HandlingRound Apply(HandlingDeadlineWarned _) => this with { DeadlineWarned = true };

    public HandlingRound Apply(HandlingOverdue _) => this with { Overdue = true };

    public HandlingRound Apply(SupervisionNoticeIssued _) => this with { SupervisionNotices = SupervisionNotices + 1 };

    /// <summary>A moved deadline is watched afresh: its warning and overdue marks no longer hold.</summary>
    public HandlingRound Apply(DeadlineRecomputed e) => this with { DueAt = e.NewDueAt, DeadlineWarned = false, Overdue = false };

    public HandlingRound Apply(GrievanceEvaluated e) => this with { EvaluatedAt = e.RevisitedAt, Satisfied = e.Satisfied };

    public HandlingRound Apply(GrievanceRatedByEnterprise e) => this with { EnterpriseRating = e.Rating, EnterpriseRatedAt = e.RatedAt };

    public HandlingRound Apply(PromiseRevisitDue _) => this with { PromiseRevisitDue = true };

    public HandlingRound Apply(PromiseRevisited e) => this with { PromiseKept = e.Kept };

    public HandlingRound Apply(GrievanceClosed e) => this with { ClosedAt = e.ClosedAt };
}
