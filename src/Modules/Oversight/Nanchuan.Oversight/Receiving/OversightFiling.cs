namespace Nanchuan.Oversight.Receiving;

/// <summary>
/// What filing one message of the oversight contract adds to its case's file (ADR 0073): the event recording it, followed by a late
/// deadline setting's catch-up; nothing when the file already has it (a redelivery). Decided on the file as it was before the message.
/// The handlers file each message as its case's next, several cases in one transaction (ADR 0230); bench S11 files ten years of
/// messages through it in batches (ADR 0169).
/// </summary>
internal static class OversightFiling
{
    /// <summary>The case (or catalogue item) whose file the message goes to.</summary>
    public static OversightCase CaseOf(object message) => message switch
    {
        CaseOpened m => m.Case,
        CaseClosed m => m.Case,
        SupervisionNoticeIssued m => m.Case,
        CaseNumbered m => m.Case,
        CaseRated m => m.Case,
        CaseRatingStruck m => m.Case,
        CatalogueItemListed m => m.Item,
        DeadlineSet m => m.Case,
        DeadlineWarned m => m.Case,
        DeadlineOverdue m => m.Case,
        DeadlineRecomputed m => m.Case,
        DeadlineMet m => m.Case,
        _ => throw new ArgumentException($"{message.GetType().Name} is no message of the oversight contract.", nameof(message)),
    };

    public static IReadOnlyList<IOversightFiled> Of(OversightFile file, object message)
    {
        IOversightFiled recorded = message switch
        {
            CaseOpened m => new OversightCaseOpened(file.Id, m),
            CaseClosed m => new OversightCaseClosed(file.Id, m, file.Running(), file.WasOpened),
            SupervisionNoticeIssued m => new OversightNoticeFiled(file.Id, m),
            CaseNumbered m => new OversightCaseNumbered(file.Id, m),
            CaseRated m => new OversightCaseRated(file.Id, m),
            CaseRatingStruck m => new OversightRatingStruck(file.Id, m),
            CatalogueItemListed m => new OversightCatalogueItemListed(file.Id, m),
            DeadlineSet m => new OversightDeadlineSet(file.Id, m),
            DeadlineWarned m => new OversightDeadlineWarned(file.Id, m, file.RowOf(OversightFile.DeadlineFact.Of(m))),
            DeadlineOverdue m => new OversightDeadlineOverdue(file.Id, m, file.RowOf(OversightFile.DeadlineFact.Of(m))),
            DeadlineRecomputed m => new OversightDeadlineMoved(file.Id, m, file.RowOf(OversightFile.DeadlineFact.Of(m))),
            DeadlineMet m => new OversightDeadlineMet(file.Id, m, file.RowOf(OversightFile.DeadlineFact.Of(m))),
            _ => throw new ArgumentException($"{message.GetType().Name} is no message of the oversight contract.", nameof(message)),
        };
        if (file.Has(recorded.Fact())) return [];
        return message is DeadlineSet set && file.CatchUp(set) is { } next ? [recorded, next] : [recorded];
    }
}
