using Nanchuan.Enforcement.Contracts;

namespace Nanchuan.Procurement.Credit;

/// <summary>
/// A serious violation Enforcement found (执法检查发现严重违法) becomes a credit incident of the enterprise here. The incident id
/// is derived from the inspection and item, so a redelivered message records nothing twice.
/// </summary>
public static class SeriousViolationHandler
{
    public static async Task<OutgoingMessages> Handle(SeriousViolationFound found, IDocumentSession session, CreditPolicy policy, TimeProvider time, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        var incidentId = DerivedIds.FromName($"nanchuan:procurement:incident:{found.InspectionId}:{found.ItemCode}");
        var known = await session.LoadAsync<BidderCredit>(BidderCredit.IdOf(found.CreditCode), cancellation);
        if (known?.Incidents.Any(i => i.IncidentId == incidentId) == true) return outgoing;
        var now = time.GetUtcNow();
        var incident = new CreditIncidentRecorded(BidderCredit.IdOf(found.CreditCode), found.CreditCode, found.EnterpriseName, incidentId, IncidentKind.SeriousViolation,
            policy.PointsOf(IncidentKind.SeriousViolation), BeijingTime.DayOf(found.FoundAt), BeijingTime.DayOf(now), null, "Enforcement",
            $"{found.Department}执法检查（{found.InspectionId}）发现严重违法：{found.Item}（{found.LegalBasis}）", now);
        await CreditRecording.RecordAsync(session, incident, policy, outgoing, cancellation);
        return outgoing;
    }
}
