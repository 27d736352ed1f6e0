using Wolverine.Configuration;

namespace Nanchuan.Oversight.Receiving;

/// <summary>
/// Files every message of the oversight contract in the file of its case (ADR 0073). A message already filed — a redelivery
/// after a crash, or a second publication of the same fact — changes nothing: its <see cref="IOversightFiled.Fact"/> is in the file.
/// </summary>
public static class ContractMessageHandler
{
    /// <summary>
    /// The one durable local queue the contract's messages are handled in: one case's messages one at a time and in the
    /// order they were published, different cases' side by side (ADR 0177).
    /// </summary>
    public const string Queue = "oversight";

    /// <summary>How many cases' messages the queue files at once on a node (Wolverine allows 3, 5, 7 or 9 slots).</summary>
    internal const PartitionSlots CasesAtOnce = PartitionSlots.Five;

    internal static void Route(WolverineOptions options)
    {
        options.MessagePartitioning
            .ByMessage<CaseOpened>(m => GroupOf(m.Case))
            .ByMessage<CaseClosed>(m => GroupOf(m.Case))
            .ByMessage<SupervisionNoticeIssued>(m => GroupOf(m.Case))
            .ByMessage<CaseNumbered>(m => GroupOf(m.Case))
            .ByMessage<CaseRated>(m => GroupOf(m.Case))
            .ByMessage<CaseRatingStruck>(m => GroupOf(m.Case))
            .ByMessage<CatalogueItemListed>(m => GroupOf(m.Item))
            .ByMessage<DeadlineSet>(m => GroupOf(m.Case))
            .ByMessage<DeadlineWarned>(m => GroupOf(m.Case))
            .ByMessage<DeadlineOverdue>(m => GroupOf(m.Case))
            .ByMessage<DeadlineRecomputed>(m => GroupOf(m.Case))
            .ByMessage<DeadlineMet>(m => GroupOf(m.Case));
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
        options.LocalQueue(Queue).PartitionProcessingByGroupId(CasesAtOnce);
    }

    /// <summary>The message group of a case: its file's messages never run at once on a node.</summary>
    private static string GroupOf(OversightCase @case) => @case.CaseId.ToString("N");

    /// <summary>An opening that carries the deadline it started files both facts in one transaction, the opening first (ADR 0204).</summary>
    public static Task Handle(CaseOpened message, IDocumentSession session, CancellationToken cancellation) => message.Deadline is { } set
        ? FileAsync(session, [message with { Deadline = null }, set], cancellation)
        : FileAsync(session, message, cancellation);

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

    private static Task FileAsync(IDocumentSession session, object message, CancellationToken cancellation) => FileAsync(session, [message], cancellation);

    /// <summary>Messages of one case filed in order, each decided on the file as the ones before it left it.</summary>
    private static async Task FileAsync(IDocumentSession session, IReadOnlyList<object> messages, CancellationToken cancellation)
    {
        var id = OversightFile.IdOf(OversightFiling.CaseOf(messages[0]).CaseId);
        var stream = await session.Events.FetchForWriting<OversightFile>(id, cancellation);
        // Marten applies the appended events to the file it fetched (the inline snapshot) when it saves: the facts after the
        // first message are decided on a file of the handler's own (a new one; a copy of the snapshot when the file existed).
        var file = stream.Aggregate is null ? new OversightFile { Id = id }
            : messages.Count == 1 ? stream.Aggregate
            : stream.Aggregate.Copy();
        foreach (var message in messages)
            foreach (var filed in OversightFiling.Of(file, message))
            {
                stream.AppendOne(filed);
                if (!ReferenceEquals(file, stream.Aggregate)) file.Record(filed);
            }
    }
}
