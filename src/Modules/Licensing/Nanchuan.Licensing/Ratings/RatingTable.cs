using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.BuildingBlocks.Ratings;
using static Nanchuan.Licensing.Reports.LicensingTables;

namespace Nanchuan.Licensing.Ratings;

/// <summary>Writes <c>licensing.rating_rows</c> inline with the rating events, keyed on the rating, so a rebuild from the events gives the same rows.</summary>
public sealed partial class RatingTable : EventProjection
{
    public void Project(ServiceRated e, IDocumentOperations ops) => RatingRows.Upsert(ops,
        ("rating_id", e.RatingId), ("service", e.Service), ("case_id", e.CaseId), ("credit_code", e.CreditCode), ("department", e.Department),
        ("service_point", e.ServicePoint), ("window_staff_id", e.Window?.StaffId), ("window_staff_name", e.Window?.StaffName), ("rating", e.Rating),
        ("good", e.Rating.IsGood()), ("channel", e.Channel), ("rated_at", e.RatedAt), ("month", BeijingTime.MonthOf(e.RatedAt)),
        ("revisit_due_at", e.FollowUp?.RevisitDueAt), ("revisited_at", null), ("rectification_due_at", e.FollowUp?.RectificationDueAt), ("resolved_at", null),
        ("excluded", false), ("exclusion_reason", null), ("deduction_points", null));

    public void Project(RatingDeadlineRecomputed e, IDocumentOperations ops) =>
        RatingRows.Update(ops, [e.RatingId], (e.Deadline == RatingDeadlines.Revisit ? "revisit_due_at" : "rectification_due_at", e.DueAt));

    public void Project(BadRatingRevisited e, IDocumentOperations ops) => RatingRows.Update(ops, [e.RatingId], ("revisited_at", e.At));

    public void Project(BadRatingResolved e, IDocumentOperations ops) => RatingRows.Update(ops, [e.RatingId], ("resolved_at", e.At));

    public void Project(RatingAppealDecided e, IDocumentOperations ops)
    {
        if (e.Upheld) RatingRows.Update(ops, [e.RatingId], ("excluded", true), ("exclusion_reason", e.Reason));
    }

    public void Project(RatingDeductionRecorded e, IDocumentOperations ops) => RatingRows.Update(ops, [e.RatingId], ("deduction_points", e.Points));
}
