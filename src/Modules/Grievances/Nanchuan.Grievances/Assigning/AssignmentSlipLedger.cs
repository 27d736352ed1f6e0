using System.Security.Cryptography;
using System.Text;
using Marten;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Assigning;

/// <summary>A slip number (交办单编号) was issued: the year's ledger records every number in order, each exactly once.</summary>
public sealed record AssignmentSlipNumberIssued(int Year, int Sequence, string SlipNumber, Guid GrievanceId, int Round) : IDescribedEvent
{
    public string Describe() => $"签发交办单编号{SlipNumber}（诉求{GrievanceId}，第{Round}轮）";
}

/// <summary>
/// The numbering of the assignment slips of one year: an event stream per year whose version is the last sequence issued.
/// The next number is appended with the expected version in the same transaction as the assignment, so two concurrent
/// assignments cannot take the same number (the loser gets a 409) and a refused or rolled-back one leaves no gap.
/// </summary>
public static class AssignmentSlipLedger
{
    public static Guid StreamIdFor(int year) => new(MD5.HashData(Encoding.UTF8.GetBytes($"nanchuan:grievances:slip-ledger:{year}")));

    /// <summary>The number the next slip of <paramref name="year"/> will get.</summary>
    public static async Task<AssignmentSlipNumber> PeekNextAsync(IQuerySession session, int year, CancellationToken cancellation)
    {
        var state = await session.Events.FetchStreamStateAsync(StreamIdFor(year), cancellation);
        return new AssignmentSlipNumber(year, (int)(state?.Version ?? 0) + 1);
    }

    /// <summary>Records the issue of <paramref name="number"/>; fails at commit if another assignment took it meanwhile.</summary>
    public static void Issue(IDocumentSession session, AssignmentSlipNumber number, GrievanceAssigned assigned)
    {
        var issued = new AssignmentSlipNumberIssued(number.Year, number.Sequence, number.ToString(), assigned.GrievanceId, assigned.Round);
        var streamId = StreamIdFor(number.Year);
        if (number.Sequence == 1) session.Events.StartStream(streamId, issued);
        else session.Events.Append(streamId, number.Sequence, issued);
    }
}
