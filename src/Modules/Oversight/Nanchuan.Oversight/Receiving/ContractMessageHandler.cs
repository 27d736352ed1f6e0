using Wolverine.Configuration;

namespace Nanchuan.Oversight.Receiving;

/// <summary>
/// Files every message of the oversight contract in the file of its case (ADR 0073). A message already filed — a redelivery
/// after a crash, or a second publication of the same fact — changes nothing: its <see cref="IOversightFiled.Fact"/> is in the file.
/// The handlers open no session of their own: the <see cref="FilingDesk"/> files the messages of the cases handled at the same
/// moment in one transaction, each message's inbox row marked in it (ADR 0230).
/// </summary>
public static class ContractMessageHandler
{
    /// <summary>
    /// The one durable local queue the contract's messages are handled in: one case's messages one at a time and in the
    /// order they were published, different cases' side by side (ADR 0177).
    /// </summary>
    public const string Queue = "oversight";

    /// <summary>
    /// How many cases' messages the queue hands over at once on a node (Wolverine allows 3, 5, 7 or 9 slots), and so the most
    /// one filing transaction files (ADR 0230): nine filed about four messages a transaction under load where five filed three.
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
