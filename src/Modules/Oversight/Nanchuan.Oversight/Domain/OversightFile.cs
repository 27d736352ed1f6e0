using System.Security.Cryptography;
using System.Text;

namespace Nanchuan.Oversight.Domain;

/// <summary>
/// What the oversight read side has received about one case of another module: the facts filed (so a redelivered message is
/// recognised and filed only once), each deadline set (so a warning, an overdue, a move or a met deadline finds its row), the
/// deadline facts that found no deadline yet, and the case's closing. Its stream id is derived from the case's id: the case's
/// own stream lives in the same event store (ADR 0073).
/// </summary>
/// <remarks>
/// Two nodes can file one case's facts in another order than they happened (ADR 0144, 0150). The file therefore decides by
/// the facts' own times, not by their arrival: a deadline fact that finds no deadline waits in <see cref="Unmatched"/> until its
/// <see cref="DeadlineSet"/> arrives (<see cref="CatchUp"/>); a fact older than the deadline's last move, or later than its
/// being met or the case's closing, changes no row, as it would have changed none in order.
/// </remarks>
public sealed class OversightFile
{
    public Guid Id { get; set; }

    /// <summary>One key per message filed (<see cref="IOversightFiled.Fact"/>).</summary>
    public HashSet<string> Facts { get; set; } = [];

    /// <summary>Every deadline set on the case, in the order filed.</summary>
    public List<FiledDeadline> Deadlines { get; set; } = [];

    /// <summary>Deadline facts filed before any setting of their deadline: applied when it arrives.</summary>
    public List<DeadlineFact> Unmatched { get; set; } = [];

    public bool WasOpened { get; set; }

    /// <summary>When the case closed, once its closing is filed.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>A deadline as the file knows it: its row's key (name and start) and what last changed it.</summary>
    public sealed class FiledDeadline
    {
        public string Name { get; set; } = "";
        public DateTimeOffset StartedAt { get; set; }

        /// <summary>When it last moved: a warning or overdue from before then no longer holds.</summary>
        public DateTimeOffset? MovedAt { get; set; }

        public DateTimeOffset? MetAt { get; set; }
    }

    /// <summary>A warning, overdue, move or met deadline as the file keeps it until its deadline's setting arrives.</summary>
    /// <param name="Deadline">The deadline's name within the case.</param>
    /// <param name="Kind"><c>warned</c>, <c>overdue</c>, <c>moved</c> or <c>met</c>.</param>
    /// <param name="At">When it happened in the module.</param>
    /// <param name="DueAt">The deadline's due time it names (a move: the new one).</param>
    /// <param name="OnTime">A met deadline: whether on time.</param>
    public sealed record DeadlineFact(string Deadline, string Kind, DateTimeOffset At, DateTimeOffset DueAt, bool? OnTime = null)
    {
        public const string Warned = "warned", Overdue = "overdue", Moved = "moved", Met = "met";

        public static DeadlineFact Of(DeadlineWarned m) => new(m.Deadline, Warned, m.WarnedAt, m.DueAt);
        public static DeadlineFact Of(DeadlineOverdue m) => new(m.Deadline, Overdue, m.DetectedAt, m.DueAt);
        public static DeadlineFact Of(DeadlineRecomputed m) => new(m.Deadline, Moved, m.RecomputedAt, m.DueAt);
        public static DeadlineFact Of(DeadlineMet m) => new(m.Deadline, Met, m.MetAt, m.DueAt, m.OnTime);
    }

    /// <summary>The file's stream id for a case: a name-based id (the first 16 bytes of SHA-256 of "oversight:{caseId}").</summary>
    public static Guid IdOf(Guid caseId) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"oversight:{caseId:D}"))[..16]);

    public bool Has(string fact) => Facts.Contains(fact);

    /// <summary>
    /// A copy to decide several messages on, one after the other: Marten applies the filed events to the file it fetched when it
    /// saves, so the handler never changes that one (ADR 0204), and copies it instead of replaying the stream (ADR 0223).
    /// </summary>
    public OversightFile Copy() => new()
    {
        Id = Id,
        Facts = [.. Facts],
        Deadlines = [.. Deadlines.Select(d => new FiledDeadline { Name = d.Name, StartedAt = d.StartedAt, MovedAt = d.MovedAt, MetAt = d.MetAt })],
        Unmatched = [.. Unmatched],
        WasOpened = WasOpened,
        ClosedAt = ClosedAt,
    };

    /// <summary>The deadlines not met (name → start): those the case's closing ends.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Running()
    {
        var running = new Dictionary<string, DateTimeOffset>();
        foreach (var deadline in Deadlines.Where(d => d.MetAt is null).OrderBy(d => d.StartedAt)) running[deadline.Name] = deadline.StartedAt;
        return running;
    }

    /// <summary>The start (its row's key) of the deadline the fact changes; null when it changes no row.</summary>
    public DateTimeOffset? RowOf(DeadlineFact fact) => DeadlineOf(fact, Deadlines) is { } deadline && Changes(deadline, fact) ? deadline.StartedAt : null;

    /// <summary>
    /// Filed right after a <see cref="DeadlineSet"/>: the facts of that deadline that arrived before it, and the case's closing
    /// when it came first and the deadline had started before it; null when there are none.
    /// </summary>
    public OversightDeadlineCaughtUp? CatchUp(DeadlineSet set)
    {
        var deadline = new FiledDeadline { Name = set.Deadline, StartedAt = set.StartedAt };
        var claimed = Claimed(deadline);
        var applied = claimed.Where(fact => Step(deadline, fact)).ToList();
        var closedAt = deadline.MetAt is null && set.StartedAt < ClosedAt ? ClosedAt : null;
        return claimed.Count == 0 && closedAt is null ? null : new OversightDeadlineCaughtUp(Id, set.Case, set.Deadline, set.StartedAt, claimed, applied, closedAt);
    }

    /// <summary>Any filed event applied as its <c>Apply</c> does: the handler decides a message's facts on the file the message before left.</summary>
    public void Record(IOversightFiled e)
    {
        switch (e)
        {
            case OversightCaseOpened x: Apply(x); break;
            case OversightCaseClosed x: Apply(x); break;
            case OversightNoticeFiled x: Apply(x); break;
            case OversightCaseNumbered x: Apply(x); break;
            case OversightCaseRated x: Apply(x); break;
            case OversightRatingStruck x: Apply(x); break;
            case OversightCatalogueItemListed x: Apply(x); break;
            case OversightDeadlineSet x: Apply(x); break;
            case OversightDeadlineWarned x: Apply(x); break;
            case OversightDeadlineOverdue x: Apply(x); break;
            case OversightDeadlineMoved x: Apply(x); break;
            case OversightDeadlineMet x: Apply(x); break;
            case OversightDeadlineCaughtUp x: Apply(x); break;
            default: throw new ArgumentException($"{e.GetType().Name} is no event of an oversight file.", nameof(e));
        }
    }

    public void Apply(OversightCaseOpened e) => File(e, () => WasOpened = true);

    public void Apply(OversightCaseClosed e) => File(e, () => ClosedAt = e.Message.ClosedAt);

    public void Apply(OversightNoticeFiled e) => File(e, () => { });

    public void Apply(OversightCaseNumbered e) => File(e, () => { });

    public void Apply(OversightCaseRated e) => File(e, () => { });

    public void Apply(OversightRatingStruck e) => File(e, () => { });

    public void Apply(OversightCatalogueItemListed e) => File(e, () => { });

    public void Apply(OversightDeadlineSet e) => File(e, () => Deadlines.Add(new FiledDeadline { Name = e.Message.Deadline, StartedAt = e.Message.StartedAt }));

    public void Apply(OversightDeadlineWarned e) => File(e, () => Note(e.DeadlineFact(), e.StartedAt));

    public void Apply(OversightDeadlineOverdue e) => File(e, () => Note(e.DeadlineFact(), e.StartedAt));

    public void Apply(OversightDeadlineMoved e) => File(e, () => Note(e.DeadlineFact(), e.StartedAt));

    public void Apply(OversightDeadlineMet e) => File(e, () => Note(e.DeadlineFact(), e.StartedAt));

    public void Apply(OversightDeadlineCaughtUp e) => File(e, () =>
    {
        var deadline = Deadlines.Last(d => d.Name == e.Deadline && d.StartedAt == e.StartedAt);
        foreach (var fact in e.Claimed) Unmatched.Remove(fact);
        foreach (var fact in e.Applied) Step(deadline, fact);
    });

    private void Note(DeadlineFact fact, DateTimeOffset? row)
    {
        if (DeadlineOf(fact, Deadlines) is not { } deadline) Unmatched.Add(fact);
        else if (row is not null) Step(deadline, fact);
    }

    /// <summary>
    /// The deadline a fact belongs to: the latest of its name started by the fact's time (a deadline set again, e.g. a new
    /// round's, starts later), or the latest of its name when none had started by then (a clock started ahead of the step).
    /// </summary>
    private static FiledDeadline? DeadlineOf(DeadlineFact fact, IEnumerable<FiledDeadline> deadlines)
    {
        var named = deadlines.Where(d => d.Name == fact.Deadline).ToList();
        return named.Where(d => d.StartedAt <= fact.At).MaxBy(d => d.StartedAt) ?? named.MaxBy(d => d.StartedAt);
    }

    /// <summary>The unmatched facts that belong to a deadline just set, in the order they happened.</summary>
    private List<DeadlineFact> Claimed(FiledDeadline set)
    {
        var deadlines = Deadlines.Append(set).ToList();
        return [.. Unmatched.Where(fact => DeadlineOf(fact, deadlines) == set).OrderBy(fact => fact.At)];
    }

    /// <summary>
    /// Whether a fact changes its deadline's row, as it would have had every fact arrived in the order it happened: not from the
    /// case's closing on (one transaction's messages, on one node's queue, always arrive in order: a tie is the closing's), not
    /// after the deadline was met (a second met neither); a warning, overdue or move not from before the deadline's last move.
    /// </summary>
    private bool Changes(FiledDeadline deadline, DeadlineFact fact) =>
        !(fact.At >= ClosedAt)
        && (fact.Kind == DeadlineFact.Met ? deadline.MetAt is null : !(fact.At > deadline.MetAt) && !(fact.At < deadline.MovedAt));

    /// <summary>Applies a fact to the deadline when it changes its row; tells whether it did.</summary>
    private bool Step(FiledDeadline deadline, DeadlineFact fact)
    {
        if (!Changes(deadline, fact)) return false;
        if (fact.Kind == DeadlineFact.Moved) deadline.MovedAt = fact.At;
        if (fact.Kind == DeadlineFact.Met) deadline.MetAt = fact.At;
        return true;
    }

    private void File(IOversightFiled e, Action change)
    {
        Id = e.FileId;
        Facts.Add(e.Fact());
        change();
    }
}
