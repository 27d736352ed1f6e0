using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Platform.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>A refused access (403), kept for supervisors: who tried what, when, and why it was refused.</summary>
public sealed class AccessRefusal
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public string? Role { get; set; }
    public string? Department { get; set; }
    public string Method { get; set; } = "";
    public string Path { get; set; } = "";
    public string Reason { get; set; } = "";
}

/// <summary>
/// Every refused access is itself logged (spec, "Who uses it"): to the application log and to the database,
/// in its own session, so the record survives the rollback of the refused command.
/// </summary>
public sealed class AccessRefusalLog(IDocumentStore store, TimeProvider clock, ILogger<AccessRefusalLog> logger)
{
    public async Task RecordAsync(HttpContext context, string reason)
    {
        var user = ActorClaims.FromPrincipal(context.User);
        var actor = user ?? (CurrentActor.Value.Role == Nanchuan.BuildingBlocks.Actors.Roles.System ? null : CurrentActor.Value);
        logger.LogWarning("Access refused to {Actor} ({Role}) on {Method} {Path}: {Reason}",
            actor?.Id, actor?.Role, context.Request.Method, context.Request.Path, reason);
        await using var session = store.LightweightSession();
        session.Store(new AccessRefusal
        {
            Id = Guid.CreateVersion7(),
            At = clock.GetUtcNow(),
            ActorId = actor?.Id,
            Role = actor?.Role,
            Department = actor?.Department,
            Method = context.Request.Method,
            Path = context.Request.Path + context.Request.QueryString,
            Reason = reason,
        });
        await session.SaveChangesAsync(context.RequestAborted);
    }
}
