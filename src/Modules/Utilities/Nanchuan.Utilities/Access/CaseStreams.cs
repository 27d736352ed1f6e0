using JasperFx.Events;
using Marten;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Utilities.Domain.Deadlines;

namespace Nanchuan.Utilities.Access;

/// <summary>What a step recorded: the event, its Chinese summary and the stream version after it.</summary>
public sealed record StepRecorded(Guid Id, long Version, string Event, string Summary) : IOpenApiExample<StepRecorded>
{
    public static StepRecorded Example => new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), 2, "PowerSupplied", "已接电（用时2.5个工作日，在时限内）");
}

public static class CaseStreams
{
    /// <summary>Loads a case for a write, with the version it had: a concurrent change makes this write a 409.</summary>
    public static async Task<IEventStream<T>> FetchForWritingAsync<T>(IDocumentSession session, Guid id, string what, CancellationToken cancellation)
        where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, cancellation);
        return stream.Aggregate is null ? throw NotFound(id, what) : stream;
    }

    /// <summary>Loads a connection the current actor may see.</summary>
    public static async Task<T> LoadVisibleAsync<T>(IQuerySession session, Guid id, string what, CancellationToken cancellation) where T : class, IWatchedCase
    {
        var connection = await session.LoadAsync<T>(id, cancellation);
        if (connection is null) throw NotFound(id, what);
        UtilityAccess.EnsureCanSee(CurrentActor.Value, connection);
        return connection;
    }

    public static NotFoundException NotFound(Guid id, string what) => new($"没有编号为 {id} 的{what} / no {what} with id {id}.");

    public static StepRecorded Append<T>(IEventStream<T> stream, IDescribedEvent recorded) where T : class
    {
        stream.AppendOne(recorded);
        return new StepRecorded(stream.Id, (stream.StartingVersion ?? 0) + 1, recorded.GetType().Name, recorded.Describe());
    }
}
