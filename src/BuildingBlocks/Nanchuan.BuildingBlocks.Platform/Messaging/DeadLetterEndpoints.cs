using JasperFx.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Wolverine.Http;
using Wolverine.Persistence.Durability;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace Nanchuan.BuildingBlocks.Platform.Messaging;

/// <summary>
/// 死信: a message whose handler failed for good (after the retries the platform allows), kept in the dead-letter queue
/// instead of being lost: which message, when it failed and why.
/// </summary>
public sealed record DeadLetter(
    Guid Id, string MessageType, DateTimeOffset? SentAt, DateTimeOffset? FailedAt, string ExceptionType, string ExceptionMessage, bool ReplayRequested);

/// <summary>The dead-letter queue for the Admin: a message accepted and then refused by its handler is seen, and replayed once the cause is fixed.</summary>
public static class DeadLetterEndpoints
{
    public const string Route = "/api/admin/dead-letters";

    [WolverineGet(Route)]
    [Authorize(Roles = Roles.Admin)]
    [Tags("Admin")]
    [EndpointSummary("死信队列 / Dead-letter queue")]
    [EndpointDescription("Messages whose handler failed for good, newest first: the message type, when it was sent and failed, the exception and its message (the reason). A page is `limit` (1–500, default 100) letters from `offset` (default 0).")]
    [ProducesResponseType<IReadOnlyList<DeadLetter>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<DeadLetter>> List(int? limit, int? offset, IWolverineRuntime runtime, CancellationToken cancellation)
    {
        var take = ListLimit.Resolve(limit, byDefault: 100);
        var skip = ListOffset.Resolve(offset);
        var letters = await DeadLetterQueue.AllAsync(runtime, cancellation);
        return letters.Skip(skip).Take(take).ToList();
    }

    [WolverinePost(Route + "/{id}/replay")]
    [Authorize(Roles = Roles.Admin)]
    [Tags("Admin")]
    [EndpointSummary("重放死信 / Replay a dead letter")]
    [EndpointDescription("Hands the message back to its handler, once the cause of its failure is fixed (e.g. reference data corrected). The platform moves it to the inbox within its polling interval; if it fails again it comes back here. 404 when there is no such letter.")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Replay(Guid id, IWolverineRuntime runtime, ILogger<DeadLetter> log, CancellationToken cancellation)
    {
        var letter = await DeadLetterQueue.FindAsync(runtime, id)
                     ?? throw new NotFoundException($"死信{id}不存在 / there is no dead letter {id}.");
        await runtime.Storage.DeadLetters.ReplayAsync(new DeadLetterEnvelopeQuery { MessageIds = [id], Range = TimeRange.AllTime() }, cancellation);
        log.LogWarning("{Actor} replayed dead letter {Id} ({MessageType}, failed with {Exception})", CurrentActor.Value.Id, id, letter.MessageType, letter.ExceptionType);
        return Results.Accepted();
    }
}

/// <summary>Reads Wolverine's dead-letter storage through its own API (never its tables).</summary>
public static class DeadLetterQueue
{
    // Wolverine answers one page per query (100 letters unless told otherwise); the Admin's list pages after sorting, so
    // the whole queue is read in one page (a queue is small, and when it is not, every letter still has to be seen).
    public static async Task<IReadOnlyList<DeadLetter>> AllAsync(IWolverineRuntime runtime, CancellationToken cancellation)
    {
        var found = await runtime.Storage.DeadLetters.QueryAsync(
            new DeadLetterEnvelopeQuery { Range = TimeRange.AllTime(), PageSize = int.MaxValue }, cancellation);
        return found.Envelopes.Select(ToLetter).OrderByDescending(l => l.FailedAt ?? l.SentAt).ThenByDescending(l => l.Id).ToList();
    }

    public static async Task<DeadLetter?> FindAsync(IWolverineRuntime runtime, Guid id)
    {
        var found = await runtime.Storage.DeadLetters.DeadLetterEnvelopeByIdAsync(id);
        return found is null ? null : ToLetter(found);
    }

    private static DeadLetter ToLetter(DeadLetterEnvelope e) =>
        new(e.Id, e.MessageType ?? "", e.SentAt, e.FailedAt, e.ExceptionType ?? "", e.ExceptionMessage ?? "", e.Replayable);
}
