using JasperFx.Events;
using Marten;
using Marten.Services;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Writes;

/// <summary>
/// At commit, holds the case stream of a write request to the client's <c>If-Match</c> and notes the version it will have.
/// The case stream is the one the route names, or the only stream the request appends to. Comparing with the version the
/// stream was fetched at is the same check as fetching at the expected version: the append itself still asserts that
/// nobody appended since the fetch.
/// </summary>
public sealed class CaseVersionCheck : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (CaseWrite.Current is not { } write) return Task.CompletedTask;
        var streams = session.PendingChanges.Streams().Where(stream => stream.Events.Count > 0).ToList();
        var routeId = write.RouteId();
        var target = streams.FirstOrDefault(stream => routeId is not null && (stream.Key == routeId || stream.Id.ToString() == routeId))
                     ?? (streams.Count == 1 ? streams[0] : null);

        if (write.ExpectedVersion is { } expected && streams.Count > 0)
        {
            if (target is null || target.ActionType == StreamActionType.Start)
                throw new DomainValidationException("If-Match",
                    "此操作不修改单个已有案件，不能带 If-Match / this operation does not change one existing case; send it without If-Match.");
            var current = target.ExpectedVersionOnServer ?? 0;
            if (current != expected) throw new StaleCaseVersionException(routeId ?? target.Key ?? target.Id.ToString(), expected, current);
        }

        if (target is not null) write.PendingVersion = (target.ActionType == StreamActionType.Start ? 0 : target.ExpectedVersionOnServer ?? 0) + target.Events.Count;
        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        CaseWrite.Current?.Committed();
        return Task.CompletedTask;
    }
}
