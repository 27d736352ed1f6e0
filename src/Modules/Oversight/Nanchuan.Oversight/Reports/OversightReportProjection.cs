using JasperFx.Events;
using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Oversight.Reports.OversightReports;
using Quarter = Nanchuan.BuildingBlocks.Calendar.Quarter;

namespace Nanchuan.Oversight.Reports;

/// <summary>Writes the rows of <see cref="OversightReports"/> in the transaction that files a message; rebuildable from the files' events.</summary>
internal sealed partial class OversightReportProjection : EventProjection
{
    public void Project(IEvent<OversightCaseOpened> e, IDocumentOperations ops)
    {
        var m = e.Data.Message;
        CaseRows.Upsert(ops, ("case_id", m.Case.CaseId), ("module", m.Case.Module), ("case_type", m.Case.CaseType), ("credit_code", m.Case.CreditCode),
            ("department", m.Case.Department), ("month", BeijingTime.MonthOf(m.OpenedAt)), ("title", m.Title), ("opened_at", m.OpenedAt),
            ("reference", m.Reference), ("enterprise_name", m.EnterpriseName), ("trips", m.Trips));
        Entry(ops, e, "opened", 0, null);
    }

    public void Project(IEvent<OversightCaseClosed> e, IDocumentOperations ops)
    {
        var m = e.Data.Message;
        (string, object?)[] closing = [("case_id", m.Case.CaseId), ("module", m.Case.Module), ("case_type", m.Case.CaseType), ("credit_code", m.Case.CreditCode),
            ("closed_at", m.ClosedAt), ("outcome", m.Outcome), ("on_time", m.OnTime), .. m.Trips is null ? [] : new[] { ("trips", (object?)m.Trips) }];
        CaseRows.Upsert(ops, e.Data.WasOpened ? closing : [.. closing, ("department", m.Case.Department), ("month", BeijingTime.MonthOf(m.ClosedAt))]);
        foreach (var (deadline, start) in e.Data.Running) DeadlineRows.Update(ops, [m.Case.CaseId, deadline, start], ("closed_at", m.ClosedAt));
        Entry(ops, e, "closed", 10, null);
    }

    public void Project(IEvent<OversightNoticeFiled> e, IDocumentOperations ops) => Entry(ops, e, "notice", 7, e.Data.Message.Deadline);

    public void Project(IEvent<OversightCaseNumbered> e, IDocumentOperations ops)
    {
        var m = e.Data.Message;
        CaseNumbers.Upsert(ops, ("case_id", m.Case.CaseId), ("number", m.Number), ("label", m.Label), ("at", m.At));
        Entry(ops, e, "numbered", 2, null);
    }

    public void Project(IEvent<OversightCaseRated> e, IDocumentOperations ops)
    {
        var m = e.Data.Message;
        RatingRows.Upsert(ops, ("rating_id", m.RatingId), ("case_id", m.Case.CaseId), ("module", m.Case.Module), ("case_type", m.Case.CaseType),
            ("credit_code", m.Case.CreditCode), ("department", m.Case.Department), ("month", BeijingTime.MonthOf(m.RatedAt)), ("rating", m.Rating.ToString()),
            ("good", m.Rating.IsGood()), ("rated_at", m.RatedAt));
        Entry(ops, e, "rated", 8, null);
    }

    /// <summary>Upserted, not updated: a strike filed before its rating still holds when the rating arrives (its upsert leaves the strike alone).</summary>
    public void Project(IEvent<OversightRatingStruck> e, IDocumentOperations ops)
    {
        var m = e.Data.Message;
        RatingRows.Upsert(ops, ("rating_id", m.RatingId), ("case_id", m.Case.CaseId), ("struck", true), ("struck_reason", m.Reason));
        Entry(ops, e, "ratingStruck", 9, null);
    }

    /// <summary>A catalogue item is no case of an enterprise: it enters no thread.</summary>
    public void Project(IEvent<OversightCatalogueItemListed> e, IDocumentOperations ops)
    {
        var m = e.Data.Message;
        CatalogueRows.Upsert(ops, ("item_id", m.Item.CaseId), ("module", m.Item.Module), ("department", m.Item.Department), ("code", m.Code), ("name", m.Name),
            ("statutory_working_days", m.StatutoryWorkingDays), ("promised_working_days", m.PromisedWorkingDays), ("concerns_enterprises", m.ConcernsEnterprises),
            ("listed_at", m.ListedAt));
    }

    public void Project(IEvent<OversightDeadlineSet> e, IDocumentOperations ops)
    {
        var m = e.Data.Message;
        DeadlineRows.Upsert(ops, ("case_id", m.Case.CaseId), ("deadline", m.Deadline), ("started_at", m.StartedAt), ("module", m.Case.Module),
            ("case_type", m.Case.CaseType), ("credit_code", m.Case.CreditCode), ("department", m.Case.Department), ("month", BeijingTime.MonthOf(m.DueAt)),
            ("limit_label", m.Limit), ("due_at", m.DueAt), ("warning_at", m.WarningAt), ("warned", false), ("overdue", false), ("met_at", null),
            ("on_time", null), ("closed_at", null));
        Entry(ops, e, "deadlineSet", 3, m.Deadline);
    }

    public void Project(IEvent<OversightDeadlineWarned> e, IDocumentOperations ops)
    {
        Row(ops, e.Data, e.Data.StartedAt, e.Data.DeadlineFact());
        Entry(ops, e, "deadlineWarned", 4, e.Data.Message.Deadline);
    }

    public void Project(IEvent<OversightDeadlineOverdue> e, IDocumentOperations ops)
    {
        Row(ops, e.Data, e.Data.StartedAt, e.Data.DeadlineFact());
        Entry(ops, e, "deadlineOverdue", 5, e.Data.Message.Deadline);
    }

    public void Project(IEvent<OversightDeadlineMoved> e, IDocumentOperations ops)
    {
        Row(ops, e.Data, e.Data.StartedAt, e.Data.DeadlineFact());
        Entry(ops, e, "deadlineMoved", 6, e.Data.Message.Deadline);
    }

    public void Project(IEvent<OversightDeadlineMet> e, IDocumentOperations ops)
    {
        Row(ops, e.Data, e.Data.StartedAt, e.Data.DeadlineFact());
        Entry(ops, e, "deadlineMet", 1, e.Data.Message.Deadline);
    }

    /// <summary>The facts that came before their deadline's setting, applied to its new row in the order they happened; no thread entry (each has one).</summary>
    public void Project(IEvent<OversightDeadlineCaughtUp> e, IDocumentOperations ops)
    {
        foreach (var fact in e.Data.Applied) Row(ops, e.Data, e.Data.StartedAt, fact);
        if (e.Data.ClosedAt is { } closed) DeadlineRows.Update(ops, [e.Data.Concerning.CaseId, e.Data.Deadline, e.Data.StartedAt], ("closed_at", closed));
    }

    /// <summary>A fact that changes no row (its setting not received yet, or outdated: <see cref="OversightFile.RowOf"/>) still enters the thread.</summary>
    private static void Row(IDocumentOperations ops, IOversightFiled filed, DateTimeOffset? startedAt, OversightFile.DeadlineFact fact)
    {
        if (startedAt is { } start) DeadlineRows.Update(ops, [filed.Case().CaseId, fact.Deadline, start], Changes(fact));
    }

    /// <summary>
    /// What a deadline fact changes in its row. A moved deadline is armed again (the platform's rule): neither warned nor overdue
    /// at its new due time. A met one is no longer ended by the case's closing, should the closing have been filed first.
    /// </summary>
    private static (string, object?)[] Changes(OversightFile.DeadlineFact fact) => fact.Kind switch
    {
        OversightFile.DeadlineFact.Warned => [("warned", true)],
        OversightFile.DeadlineFact.Overdue => [("overdue", true)],
        OversightFile.DeadlineFact.Moved => [("due_at", fact.DueAt), ("month", BeijingTime.MonthOf(fact.DueAt)), ("warned", false), ("overdue", false)],
        _ => [("met_at", fact.At), ("on_time", fact.OnTime), ("closed_at", null)],
    };

    private static void Entry<T>(IDocumentOperations ops, IEvent<T> e, string kind, int rank, string? deadline) where T : IOversightFiled
    {
        var filed = e.Data;
        ThreadEntries.Upsert(ops, ("entry_id", e.Id), ("case_id", filed.Case().CaseId), ("module", filed.Case().Module), ("case_type", filed.Case().CaseType),
            ("credit_code", filed.Case().CreditCode), ("department", filed.Case().Department), ("month", BeijingTime.MonthOf(filed.At())), ("at", filed.At()),
            ("rank", rank), ("kind", kind), ("deadline", deadline), ("summary", filed.Describe()));
    }
}
