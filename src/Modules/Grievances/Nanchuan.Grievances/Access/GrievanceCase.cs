using JasperFx.Events;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Grievances.Reading;
using Nanchuan.Grievances.Reporting;

namespace Nanchuan.Grievances.Access;

/// <summary>How the platform's write pipeline (<see cref="CaseStreams"/>) loads a request: with its list row and handling-round rows.</summary>
internal static class GrievanceCase
{
    public static readonly CaseName Name = new("企业诉求", "enterprise request");

    /// <remarks>
    /// The list row and the round rows come in the same round trip and stay in the session's identity map, where the
    /// inline projections that update them at commit find them (four round trips per command became two; bench S1).
    /// </remarks>
    public static Task<IEventStream<Grievance>> LoadAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadAsync<Grievance>(session, id, Name, cancellation, ReadRows(session, id));

    /// <summary>As <see cref="LoadAsync"/>; null for a request that does not exist (a timer of a removed request).</summary>
    public static Task<IEventStream<Grievance>?> LoadIfAnyAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadIfAnyAsync<Grievance>(session, id, cancellation, ReadRows(session, id));

    private static Action<Marten.Services.BatchQuerying.IBatchedQuery> ReadRows(IDocumentSession session, Guid id)
    {
        session.UseIdentityMapFor<GrievanceListItem>();
        session.UseIdentityMapFor<HandlingRoundRow>();
        return batch =>
        {
            batch.Load<GrievanceListItem>(id);
            batch.Query<HandlingRoundRow>(RoundRowsOfRequest, id);
        };
    }

    /// <summary>
    /// The request's round rows by <c>roundgrievance_id</c>, Marten's column for the duplicated, indexed
    /// <c>Round.GrievanceId</c> (GrievancesModule): the condition the LINQ <c>Where(row =&gt; row.Round.GrievanceId == id)</c>
    /// makes, without Marten parsing that expression again on every command (ADR 0186).
    /// </summary>
    private const string RoundRowsOfRequest = "where roundgrievance_id = ?";
}
