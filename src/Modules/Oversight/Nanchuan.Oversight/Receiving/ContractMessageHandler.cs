using Wolverine.Configuration;

namespace Nanchuan.Oversight.Receiving;

/// <summary>
/// Files every message of the oversight contract in the file of its case (ADR 0073). A message already filed — a redelivery
/// after a crash, or a second publication of the same fact — changes nothing: its <see cref="IOversightFiled.Fact"/> is in the file.
/// The handlers open no session of their own: the <see cref="FilingDesk"/> files the messages of the cases handled at the same
/// moment in one transaction, each message's inbox row marked in it (ADR 0230), the messages of four queues (ADR 0245).
/// </summary>
public static class ContractMessageHandler
{
    /// <summary>
    /// The durable local queues the contract's messages are handled in (ADR 0245): a case's messages always in the same one (a
    /// stable hash of its group id), one at a time and in the order they were published; different cases side by side (ADR 0177).
    /// Several queues because each holds at most <see cref="CasesAtOnce"/> messages in flight, and the messages in flight are what
    /// the filing desk can file together.
    /// </summary>
    internal static readonly IReadOnlyList<string> Queues = [.. Enumerable.Range(1, QueueCount).Select(n => $"{QueuePrefix}{n}")];

    private const int QueueCount = 4;

    /// <summary>Wolverine names a partitioned topology's queues by a prefix and their number from 1.</summary>
    private const string QueuePrefix = "oversight-";

    /// <summary>
    /// The one queue of ADR 0177, no longer routed to since ADR 0245: it still listens, partitioned by case as before, so the
    /// envelopes stored for it before the upgrade land on it; Wolverine's topology forwards each to its case's queue, where it is filed.
    /// </summary>
    internal const string FormerQueue = "oversight";

    /// <summary>
    /// How many cases' messages each queue hands over at once on a node (Wolverine allows 3, 5, 7 or 9 slots): nine filed about
    /// four messages a transaction under load where five filed three (ADR 0230).
    /// </summary>
    internal const PartitionSlots CasesAtOnce = PartitionSlots.Nine;

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
        options.MessagePartitioning.PublishToPartitionedLocalMessaging(QueuePrefix, QueueCount, queues =>
        {
            queues.Message<CaseOpened>();
            queues.Message<CaseClosed>();
            queues.Message<SupervisionNoticeIssued>();
            queues.Message<CaseNumbered>();
            queues.Message<CaseRated>();
            queues.Message<CaseRatingStruck>();
            queues.Message<CatalogueItemListed>();
            queues.Message<DeadlineSet>();
            queues.Message<DeadlineWarned>();
            queues.Message<DeadlineOverdue>();
            queues.Message<DeadlineRecomputed>();
            queues.Message<DeadlineMet>();
            queues.MaxDegreeOfParallelism = CasesAtOnce;
        });
        options.LocalQueue(FormerQueue).PartitionProcessingByGroupId(CasesAtOnce);
    }

    /// <summary>The message group of a case: its file's messages never run at once on a node.</summary>
    private static string GroupOf(OversightCase @case) => @case.CaseId.ToString("N");

    /// <summary>An opening that carries the deadlines it started files them all in one transaction, the opening first (ADR 0204, 0249).</summary>
    public static Task Handle(CaseOpened message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) =>
        desk.FileAsync(new ContractFiling(envelope, message.Facts()), cancellation);

    public static Task Handle(CaseClosed message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(SupervisionNoticeIssued message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(CaseNumbered message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(CaseRated message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(CaseRatingStruck message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(CatalogueItemListed message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(DeadlineSet message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(DeadlineWarned message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(DeadlineOverdue message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(DeadlineRecomputed message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    public static Task Handle(DeadlineMet message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) => File(message, envelope, desk, cancellation);

    private static Task File(object message, Envelope envelope, FilingDesk desk, CancellationToken cancellation) =>
        desk.FileAsync(new ContractFiling(envelope, [message]), cancellation);
}
