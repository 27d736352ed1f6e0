namespace Nanchuan.Grievances.Assigning;

/// <summary>A slip number (交办单编号) was issued: the year's ledger records every number in order, each exactly once.</summary>
public sealed record AssignmentSlipNumberIssued(int Year, int Sequence, string SlipNumber, Guid GrievanceId, int Round) : IDescribedEvent
{
    public string Describe() => $"签发交办单编号{SlipNumber}（诉求{GrievanceId}，第{Round}轮）";
}

/// <summary>
/// The numbering of the assignment slips of one year: an event stream per year whose version is the last sequence issued.
/// The ledger is locked (row lock on its stream) for the rest of the assignment's transaction, so concurrent assignments
/// of different requests queue up and take consecutive numbers instead of failing; the next number is appended in the
/// same transaction as the assignment, so a refused or rolled-back assignment leaves no gap and no number is reused.
/// Only the very first slip of a year cannot be queued (there is no row to lock yet): a simultaneous second first-slip gets a 409.
/// </summary>
internal static class AssignmentSlipLedger
{
    public static Guid StreamIdFor(int year) => DerivedIds.FromName($"nanchuan:grievances:slip-ledger:{year}");

    /// <summary>Locks the year's ledger until the session commits and returns the number the next slip gets.</summary>
    public static async Task<ReservedSlipNumber> ReserveNextAsync(IDocumentSession session, int year, CancellationToken cancellation)
    {
        var ledger = await session.Events.FetchForExclusiveWriting<AssignmentSlipLedgerState>(StreamIdFor(year), cancellation);
        return new ReservedSlipNumber(new AssignmentSlipNumber(year, (int)ledger.CurrentVersion.GetValueOrDefault() + 1), ledger);
    }

    /// <summary>Records the issue of the reserved number in the same transaction as the assignment.</summary>
    public static void Issue(ReservedSlipNumber reserved, GrievanceAssigned assigned) =>
        reserved.Ledger.AppendOne(new AssignmentSlipNumberIssued(reserved.Number.Year, reserved.Number.Sequence, reserved.Number.ToString(),
            assigned.GrievanceId, assigned.Round));
}

/// <summary>A slip number held under the ledger's lock until the assignment commits.</summary>
public sealed record ReservedSlipNumber(AssignmentSlipNumber Number, JasperFx.Events.IEventStream<AssignmentSlipLedgerState> Ledger);

/// <summary>
/// The ledger as a stream to lock and append to; its version is the last sequence issued. Kept as an inline snapshot with
/// nothing in it (ADR 0259), so fetching it for writing reads its stream row and this one row, never the year's slips.
/// </summary>
public sealed class AssignmentSlipLedgerState
{
    public Guid Id { get; set; }

    public void Apply(AssignmentSlipNumberIssued issued) { }
}
