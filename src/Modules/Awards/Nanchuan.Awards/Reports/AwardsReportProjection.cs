using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Awards.Reports.AwardsReports;

namespace Nanchuan.Awards.Reports;

/// <summary>
/// Writes the fact rows of <see cref="AwardsReports"/> in the same transaction as the events; rebuildable from them. A whole
/// projection rather than an <c>EventProjection</c> because it sees the events of a save together: a batch of votes (the vote
/// writer commits hundreds at once, ADR 0051 and 0070) becomes one increment per case and day and one per burst, not two to
/// four statements per vote (bench S10). It declares the event types it handles: a save runs it only when one of them is in
/// the save, and a rebuild reads only those (ADR 0179) — a case added below is declared here too.
/// </summary>
internal sealed class AwardsReportProjection : ProjectionBase, IProjection
{
    public AwardsReportProjection()
    {
        IncludeType<EntrySubmitted>();
        IncludeType<PreliminaryCompleted>();
        IncludeType<FinalistsSelected>();
        IncludeType<PanelScoreRecorded>();
        IncludeType<ListSelected>();
        IncludeType<AwardsConferred>();
        IncludeType<BurstConfirmed>();
        IncludeType<BurstVoided>();
        IncludeType<VoteCast>();
    }

    public Task ApplyAsync(IDocumentOperations ops, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case EntrySubmitted x: Project(x, ops); break;
                case PreliminaryCompleted x: Project(x, ops); break;
                case FinalistsSelected x: Project(x, ops); break;
                case PanelScoreRecorded x: Project(x, ops); break;
                case ListSelected x: Project(x, ops); break;
                case AwardsConferred x: Project(x, ops); break;
                case BurstConfirmed x: Project(x, ops); break;
                case BurstVoided x: Project(x, ops); break;
            }
        }
        ProjectVotes(events.Select(e => e.Data).OfType<VoteCast>().ToList(), ops);
        return Task.CompletedTask;
    }

    private static void Project(EntrySubmitted e, IDocumentOperations ops) => EntryRows.Upsert(ops,
        ("entry_id", e.EntryId), ("year", e.Year), ("entrant_kind", e.EntrantKind), ("entrant_name", e.EntrantName), ("title", e.Title),
        ("reached", "submitted"), ("preliminary_score", null), ("votes", null), ("combined_score", null), ("panel_mean", null));

    private static void Project(PreliminaryCompleted e, IDocumentOperations ops)
    {
        foreach (var a in e.Assessments)
            EntryRows.Update(ops, [a.EntryId], ("preliminary_score", a.Score), ("reached", e.Selected.Contains(a.EntryId) ? "shortlisted" : "submitted"));
    }

    private static void Project(FinalistsSelected e, IDocumentOperations ops)
    {
        foreach (var s in e.Standings)
            EntryRows.Update(ops, [s.EntryId], ("votes", s.Votes), ("combined_score", s.Combined), ("reached", e.Selected.Contains(s.EntryId) ? "finalist" : "shortlisted"));
    }

    private static void Project(PanelScoreRecorded e, IDocumentOperations ops) =>
        PanelScores.Upsert(ops, ("year", e.Year), ("entry_id", e.EntryId), ("judge_id", e.JudgeId), ("score", e.Score));

    private static void Project(ListSelected e, IDocumentOperations ops)
    {
        foreach (var s in e.Standings)
        {
            var listed = e.Selected.Contains(s.EntryId);
            PanelResults.Upsert(ops, ("year", e.Year), ("entry_id", s.EntryId), ("scores", s.Raw.Count), ("raw_mean", s.Raw.Count == 0 ? 0 : Math.Round(s.Raw.Average(), 4)),
                ("counted", s.Counted.Count), ("trimmed_mean", s.Mean), ("listed", listed));
            EntryRows.Update(ops, [s.EntryId], ("panel_mean", s.Mean), ("reached", listed ? "listed" : "finalist"));
        }
    }

    private static void Project(AwardsConferred e, IDocumentOperations ops)
    {
        foreach (var id in e.Awarded) EntryRows.Update(ops, [id], ("reached", "awarded"));
    }

    private static void Project(BurstConfirmed e, IDocumentOperations ops) =>
        FlaggedBursts.Update(ops, [e.Year, e.SourceHash, e.WindowStart], ("review", "confirmed"), ("review_reason", e.Note));

    private static void Project(BurstVoided e, IDocumentOperations ops)
    {
        FlaggedBursts.Update(ops, [e.Year, e.SourceHash, e.WindowStart], ("review", "voided"), ("review_reason", e.Reason));
        foreach (var day in e.Votes)
            VotesPerDay.Update(ops, [e.Year, day.EntryId, day.Day], ("votes", new ReportSql("votes - ?::integer", day.Votes)),
                ("flagged", new ReportSql("flagged - ?::integer", day.Votes)), ("voided", new ReportSql("coalesce(voided, 0) + ?::integer", day.Votes)));
    }

    /// <summary>The votes of one save, added per case and day and per burst window (sums commute, so grouping keeps the totals).</summary>
    private static void ProjectVotes(IReadOnlyList<VoteCast> votes, IDocumentOperations ops)
    {
        foreach (var day in votes.GroupBy(v => (v.Year, v.EntryId, v.Day)))
        {
            VotesPerDay.Upsert(ops, ("year", day.Key.Year), ("entry_id", day.Key.EntryId), ("day", day.Key.Day));
            VotesPerDay.Update(ops, [day.Key.Year, day.Key.EntryId, day.Key.Day], ("votes", new ReportSql("coalesce(votes, 0) + ?::integer", day.Count())),
                ("flagged", new ReportSql("coalesce(flagged, 0) + ?::integer", day.Count(v => v.Flagged))));
        }
        foreach (var burst in votes.Where(v => v.Flagged).GroupBy(v => (v.Year, v.SourceHash, v.SourceWindowStart)))
        {
            var (year, source, start) = burst.Key;
            FlaggedBursts.Upsert(ops, ("year", year), ("source_hash", source), ("window_start", start), ("review", "flagged"));
            FlaggedBursts.Update(ops, [year, source, start], ("flagged_votes", new ReportSql("coalesce(flagged_votes, 0) + ?::integer", burst.Count())),
                ("first_flagged_at", new ReportSql("coalesce(first_flagged_at, ?::timestamptz)", burst.Min(v => v.CastAt))), ("last_flagged_at", burst.Max(v => v.CastAt)));
        }
    }
}
