using JasperFx.Events;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Wolverine;

namespace Nanchuan.Licensing.Ratings;

/// <summary>What the 好差评 use cases (ADR 0095-0097) share: the route, the case's name, loading a rating for the unit that served and appending a step.</summary>
internal static class RatingSteps
{
    public const string Route = "/api/licensing/ratings";
    public static readonly CaseName Name = new("好差评", "service rating");

    /// <summary>The rating for a step of the unit that served it (403 for anyone else).</summary>
    public static async Task<IEventStream<ServiceRatingCase>> LoadForServingUnitAsync(IDocumentSession session, Guid id, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<ServiceRatingCase>(session, id, Name, cancellation);
        RatingDecisions.EnsureServingUnit(stream.Aggregate!, CurrentActor.Value);
        return stream;
    }

    /// <summary>Appends a step and answers the rating after it, with the oversight case event the step mirrors (decided on the state before it).</summary>
    public static async Task<(ServiceRatingCase, OutgoingMessages)> AppendAsync(
        IDocumentSession session, IEventStream<ServiceRatingCase> stream, object recorded, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        RatingOversight.Of(outgoing, stream.Aggregate!, recorded);
        stream.AppendOne(recorded);
        return (await CaseStreams.StateAfterAsync(session, stream, cancellation), outgoing);
    }
}
