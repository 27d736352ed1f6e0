using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Grievances.Linking;

/// <summary>Links a request to another module's case that answers it; once per case, whatever the redeliveries.</summary>
public static class LinkRelatedCaseHandler
{
    public static async Task Handle(LinkRelatedCase link, IDocumentSession session, CancellationToken cancellation)
    {
        // The sender checked the request exists; one that is not there has nothing to link.
        var stream = await CaseStreams.LoadIfAnyAsync<Grievance>(session, link.GrievanceId, cancellation);
        if (stream?.Aggregate is not { } grievance || grievance.RelatedCases.Any(c => c.Module == link.Module && c.CaseId == link.CaseId)) return;
        stream.AppendOne(new RelatedCaseLinked(link.GrievanceId, link.Module.Trim(), link.CaseId, link.Description.Trim(), link.LinkedAt));
    }
}
