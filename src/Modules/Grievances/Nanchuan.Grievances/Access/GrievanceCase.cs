using JasperFx.Events;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.Grievances.Access;

/// <summary>
/// How the platform's write pipeline (<see cref="CaseStreams"/>) loads a request: its stream version and snapshot in one
/// round trip. The snapshot is the request's one document (its rounds and the list's columns are in it, ADR 0200), so no
/// other row is read or written beside it.
/// </summary>
internal static class GrievanceCase
{
    public static readonly CaseName Name = new("企业诉求", "enterprise request");

    public static Task<IEventStream<Grievance>> LoadAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadAsync<Grievance>(session, id, Name, cancellation);

    /// <summary>As <see cref="LoadAsync"/>; null for a request that does not exist (a timer of a removed request).</summary>
    public static Task<IEventStream<Grievance>?> LoadIfAnyAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadIfAnyAsync<Grievance>(session, id, cancellation);
}
