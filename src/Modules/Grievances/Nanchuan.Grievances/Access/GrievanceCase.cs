using JasperFx.Events;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Grievances.Reading;

namespace Nanchuan.Grievances.Access;

/// <summary>How the platform's write pipeline (<see cref="CaseStreams"/>) loads a request: with its list row (its handling rounds are in the snapshot, ADR 0200).</summary>
internal static class GrievanceCase
{
    public static readonly CaseName Name = new("企业诉求", "enterprise request");

    /// <remarks>
    /// The list row comes in the same round trip and stays in the session's identity map, where the inline projection
    /// that updates it at commit finds it (four round trips per command became two; bench S1).
    /// </remarks>
    public static Task<IEventStream<Grievance>> LoadAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadAsync<Grievance>(session, id, Name, cancellation, ReadRows(session, id));

    /// <summary>As <see cref="LoadAsync"/>; null for a request that does not exist (a timer of a removed request).</summary>
    public static Task<IEventStream<Grievance>?> LoadIfAnyAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadIfAnyAsync<Grievance>(session, id, cancellation, ReadRows(session, id));

    private static Action<Marten.Services.BatchQuerying.IBatchedQuery> ReadRows(IDocumentSession session, Guid id)
    {
        session.UseIdentityMapFor<GrievanceListItem>();
        return batch => batch.Load<GrievanceListItem>(id);
    }
}
