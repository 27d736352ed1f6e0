using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Licensing.Ratings;

public enum AppealStatus { None, Lodged, Upheld, Dismissed }

/// <summary>
/// One 好差评 of one case of the hall: its own stream, whose id derives from the rated case (<see cref="RatingDecisions.RatingIdFor"/>),
/// so a second rating of the case cannot start a second stream (ADR 0095). Holds the 差评's follow-up, the appeal and the deduction.
/// </summary>
public sealed class ServiceRatingCase
{
    public Guid Id { get; set; }
    public RatedServiceKind Service { get; set; }
    public Guid CaseId { get; set; }
    public string Title { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Department { get; set; } = "";
    public string ServicePoint { get; set; } = "";
    public RatedWindow? Window { get; set; }
    public ServiceRating Rating { get; set; }
    public RatingChannel Channel { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset RatedAt { get; set; }
    public RatingFollowUp? FollowUp { get; set; }
    public DateTimeOffset? RevisitDueAt { get; set; }
    public DateTimeOffset? RevisitedAt { get; set; }
    public string? RevisitFindings { get; set; }
    public DateTimeOffset? RectificationDueAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public RatingResolution? Resolution { get; set; }
    public string? ResolutionAccount { get; set; }

    /// <summary>Follow-up deadlines warned or declared overdue (by name).</summary>
    public List<string> Warned { get; set; } = [];
    public List<string> Overdue { get; set; } = [];
    public AppealStatus Appeal { get; set; }
    public string? AppealReason { get; set; }
    public string? AppealDecision { get; set; }
    public Guid? DeductionId { get; set; }
    public int? DeductionPoints { get; set; }

    public bool IsBad => !Rating.IsGood();

    /// <summary>Left out of every figure: an appeal against it was upheld.</summary>
    public bool Excluded => Appeal == AppealStatus.Upheld;

    public void Apply(ServiceRated e)
    {
        Id = e.RatingId;
        Service = e.Service;
        CaseId = e.CaseId;
        Title = e.Title;
        CreditCode = e.CreditCode;
        EnterpriseName = e.EnterpriseName;
        Department = e.Department;
        ServicePoint = e.ServicePoint;
        Window = e.Window;
        Rating = e.Rating;
        Channel = e.Channel;
        Comment = e.Comment;
        RatedAt = e.RatedAt;
        FollowUp = e.FollowUp;
        RevisitDueAt = e.FollowUp?.RevisitDueAt;
        RectificationDueAt = e.FollowUp?.RectificationDueAt;
    }

    public void Apply(BadRatingRevisited e)
    {
        RevisitedAt = e.At;
        RevisitFindings = e.Findings;
    }

    public void Apply(BadRatingResolved e)
    {
        ResolvedAt = e.At;
        Resolution = e.Resolution;
        ResolutionAccount = e.Account;
    }

    public void Apply(RatingDeadlineWarned e) => Warned.Add(e.Deadline);

    public void Apply(RatingDeadlineOverdue e) => Overdue.Add(e.Deadline);

    public void Apply(RatingDeadlineRecomputed e)
    {
        if (e.Deadline == RatingDeadlines.Revisit) RevisitDueAt = e.DueAt;
        else RectificationDueAt = e.DueAt;
        Warned.Remove(e.Deadline);
    }

    public void Apply(RatingAppealed e)
    {
        Appeal = AppealStatus.Lodged;
        AppealReason = e.Reason;
    }

    public void Apply(RatingAppealDecided e)
    {
        Appeal = e.Upheld ? AppealStatus.Upheld : AppealStatus.Dismissed;
        AppealDecision = e.Reason;
    }

    public void Apply(RatingDeductionRecorded e)
    {
        DeductionId = e.DeductionId;
        DeductionPoints = e.Points;
    }
}
