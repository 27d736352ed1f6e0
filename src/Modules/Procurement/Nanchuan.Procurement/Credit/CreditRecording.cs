using Nanchuan.Procurement.Contracts;

namespace Nanchuan.Procurement.Credit;

/// <summary>Appends an incident to the bidder's credit record and, when it reaches the bar, the bar itself (and publishes it).</summary>
internal static class CreditRecording
{
    /// <returns>The record after the incident, and the bar it started if any.</returns>
    public static async Task<(BidderCredit After, BidderRegistrationBarred? Bar)> RecordAsync(IDocumentSession session, CreditIncidentRecorded incident, CreditPolicy policy,
        OutgoingMessages outgoing, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadIfAnyAsync<BidderCredit>(session, incident.BidderId, cancellation);
        stream?.AppendOne(incident);
        var after = stream is null ? BidderCredit.Create(incident) : await CaseStreams.StateAfterAsync(session, stream, cancellation);
        var bar = CreditRules.BarAfter(after, incident.RecordedOn, policy);
        // A new record starts with all its first events: a second append to a stream started in the same session would start it twice.
        object[] events = bar is null ? [incident] : [incident, bar];
        if (stream is null) session.Events.StartStream<BidderCredit>(incident.BidderId, events);
        else if (bar is not null) stream.AppendOne(bar);
        if (bar is not null) outgoing.Add(new BidderBarred(bar.CreditCode, incident.BidderName, bar.CountedPoints, bar.BarredFrom, bar.BarredUntil));
        return (after, bar);
    }
}
