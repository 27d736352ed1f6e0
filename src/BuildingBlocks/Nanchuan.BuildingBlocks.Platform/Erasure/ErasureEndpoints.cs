using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Erasure;

/// <summary>个人信息删除: the Admin erases one person's data on a lawful request; supervisors read the record (ADR 0087, docs/operations/personal-data-erasure.md).</summary>
public static class ErasureEndpoints
{
    public const string Route = "/api/admin/personal-data/erasures";

    [WolverinePost(Route)]
    [Authorize(Roles = Roles.Admin)]
    [Tags("Admin")]
    [EndpointSummary("删除个人信息 / Erase one person's personal data")]
    [EndpointDescription("On a lawful request (PIPL art. 47): every event and read model holding the identifier (a phone or identity number) — and, in those cases, the name — gets stars in place of those values, in one transaction. Every stream still replays and every figure stays the same; the rewritten streams' hash chains are resealed and the erasure is recorded as an event listing them, with their last seals before and after. 400 with field errors, 404 when no data of the person is found; nothing is written then.")]
    [ProducesResponseType<PersonalDataErased>(StatusCodes.Status201Created)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Erase(ErasePersonalData request, PersonalDataEraser eraser, CancellationToken cancellation)
    {
        var erased = await eraser.EraseAsync(request, CurrentActor.Value, cancellation);
        return Results.Created($"/api/audit/streams/{erased.ErasureId}", erased);
    }

    [WolverineGet(Route)]
    [Authorize(Roles = $"{Roles.Admin},{Roles.Supervisor}")]
    [Tags("Admin")]
    [EndpointSummary("个人信息删除记录 / The erasures of personal data")]
    [EndpointDescription("Every erasure, newest first: who, their role, the legal basis, the request, the subject (masked), and the streams and read models rewritten.")]
    [ProducesResponseType<IReadOnlyList<PersonalDataErased>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<PersonalDataErased>> List(IQuerySession session, CancellationToken cancellation) =>
        (await session.Events.QueryRawEventDataOnly<PersonalDataErased>().ToListAsync(cancellation)).OrderByDescending(e => e.ErasedAt).ToList();
}
