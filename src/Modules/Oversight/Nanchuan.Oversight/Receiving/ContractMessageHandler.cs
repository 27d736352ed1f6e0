namespace Nanchuan.Oversight.Receiving;

/// <summary>
/// Files every message of the oversight contract in the file of its case (ADR 0073). A message already filed — a redelivery
/// after a crash, or a second publication of the same fact — changes nothing: its <see cref="IOversightFiled.Fact"/> is in the file.
/// </summary>
public static class ContractMessageHandler
{
    /// <summary>The one durable local queue the contract's messages are handled in, one at a time.</summary>
    public const string Queue = "oversight";

    internal static void Route(WolverineOptions options)
    {
        options.Publish(rule =>
        {
            rule.Message<CaseOpened>();
            rule.Message<CaseClosed>();
            rule.Message<SupervisionNoticeIssued>();
            rule.Message<CaseNumbered>();
            rule.Message<CaseRated>();
            rule.Message<CaseRatingStruck>();
            rule.Message<CatalogueItemListed>();
            rule.Message<DeadlineSet>();
            rule.Message<DeadlineWarned>();
            rule.Message<DeadlineOverdue>();
            rule.Message<DeadlineRecomputed>();
            rule.Message<DeadlineMet>();
            rule.ToLocalQueue(Queue);
        });
        options.LocalQueue(Queue).Sequential();
    }

    public static Task Handle(CaseOpened message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(CaseClosed message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(SupervisionNoticeIssued message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(CaseNumbered message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(CaseRated message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(CaseRatingStruck message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(CatalogueItemListed message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(DeadlineSet message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(DeadlineWarned message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(DeadlineOverdue message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(DeadlineRecomputed message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    public static Task Handle(DeadlineMet message, IDocumentSession session, CancellationToken cancellation) => FileAsync(session, message, cancellation);

    private static async Task FileAsync(IDocumentSession session, object message, CancellationToken cancellation)
    {
        var id = OversightFile.IdOf(OversightFiling.CaseOf(message).CaseId);
        var stream = await session.Events.FetchForWriting<OversightFile>(id, cancellation);
        foreach (var filed in OversightFiling.Of(stream.Aggregate ?? new OversightFile { Id = id }, message)) stream.AppendOne(filed);
    }
}
