using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Awards.Reports.AwardsReports;

namespace Nanchuan.Awards.Reports;

/// <summary>Writes the fact rows of <see cref="AwardsReports"/> in the same transaction as the events; rebuildable from them.</summary>
internal sealed partial class AwardsReportProjection : EventProjection
{
    public void Project(EntrySubmitted e, IDocumentOperations ops) => EntryRows.Upsert(ops,
        ("entry_id", e.EntryId), ("year", e.Year), ("entrant_kind", e.EntrantKind), ("entrant_name", e.EntrantName), ("title", e.Title),
        ("reached", "submitted"), ("preliminary_score", null), ("votes", null), ("combined_score", null), ("panel_mean", null));

    public void Project(PreliminaryCompleted e, IDocumentOperations ops)
    {
        foreach (var a in e.Assessments)
            EntryRows.Update(ops, [a.EntryId], ("preliminary_score", a.Score), ("reached", e.Selected.Contains(a.EntryId) ? "shortlisted" : "submitted"));
    }

    public void Project(FinalistsSelected e, IDocumentOperations ops)
    {
        foreach (var s in e.Standings)
            EntryRows.Update(ops, [s.EntryId], ("votes", s.Votes), ("combined_score", s.Combined), ("reached", e.Selected.Contains(s.EntryId) ? "finalist" : "shortlisted"));
    }

    public void Project(PanelScoreRecorded e, IDocumentOperations ops) =>
        PanelScores.Upsert(ops, ("year", e.Year), ("entry_id", e.EntryId), ("judge_id", e.JudgeId), ("score", e.Score));

    public void Project(ListSelected e, IDocumentOperations ops)
    {
        foreach (var s in e.Standings)
        {
            var listed = e.Selected.Contains(s.EntryId);
            PanelResults.Upsert(ops, ("year", e.Year), ("entry_id", s.EntryId), ("scores", s.Raw.Count), ("raw_mean", s.Raw.Count == 0 ? 0 : Math.Round(s.Raw.Average(), 4)),
                ("counted", s.Counted.Count), ("trimmed_mean", s.Mean), ("listed", listed));
            EntryRows.Update(ops, [s.EntryId], ("panel_mean", s.Mean), ("reached", listed ? "listed" : "finalist"));
        }
    }

    public void Project(AwardsConferred e, IDocumentOperations ops)
    {
        foreach (var id in e.Awarded) EntryRows.Update(ops, [id], ("reached", "awarded"));
    }

    public void Project(VoteCast e, IDocumentOperations ops)
    {
        VotesPerDay.Upsert(ops, ("year", e.Year), ("entry_id", e.EntryId), ("day", e.Day));
        VotesPerDay.Update(ops, [e.Year, e.EntryId, e.Day], ("votes", new ReportSql("coalesce(votes, 0) + 1")),
            ("flagged", new ReportSql($"coalesce(flagged, 0) + {(e.Flagged ? 1 : 0)}")));
        if (!e.Flagged) return;
        FlaggedBursts.Upsert(ops, ("year", e.Year), ("source_hash", e.SourceHash), ("window_start", e.SourceWindowStart));
        FlaggedBursts.Update(ops, [e.Year, e.SourceHash, e.SourceWindowStart], ("flagged_votes", new ReportSql("coalesce(flagged_votes, 0) + 1")),
            ("first_flagged_at", new ReportSql("coalesce(first_flagged_at, ?::timestamptz)", e.CastAt)), ("last_flagged_at", e.CastAt));
    }
}
