using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Nanchuan.Bench.MartenStack;

public sealed record ContactRequest(ContactMethod Method, DateTimeOffset ContactedAt, string? Notes);

public sealed record ContactRecorded(Guid Id, long Version, string Event);

/// <summary>
/// S1 as Marten's and Wolverine's documentation write it: the request fetched for writing (its inline snapshot and the
/// stream's version), the same checks as the platform's (an assigned request, handled by the caller's department, a known
/// method, a contact time between the assignment and now, notes), one event appended with the caller named in its headers.
/// Wolverine's transactional middleware saves the session after the method (the snapshot updated in the same transaction)
/// and flushes the outbox, as the platform's generated code does.
/// </summary>
public static class ContactEndpoint
{
    [WolverinePost("/api/grievances/{id}/contact")]
    [Authorize(Roles = "DepartmentHandler")]
    public static async Task<IResult> Post(
        Guid id, ContactRequest request, ClaimsPrincipal user, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Grievance>(id, cancellation);
        if (stream.Aggregate is not { CurrentRound: { } round } grievance) return Results.NotFound();
        if (grievance.Status != GrievanceStatus.Assigned) return Results.Conflict();
        if (round.HandlingUnitId != user.FindFirst("department_id")?.Value) return Results.Forbid();

        var now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(request.Method)) errors["method"] = ["联系方式无效 / unknown contact method."];
        if (request.ContactedAt > now || request.ContactedAt < round.AssignedAt) errors["contactedAt"] = ["联系时间应在交办之后、当前之前 / the contact time lies between the assignment and now."];
        if (string.IsNullOrWhiteSpace(request.Notes)) errors["notes"] = ["请填写联系情况 / enter what was clarified with the enterprise."];
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        session.LastModifiedBy = user.FindFirst("sub")?.Value;
        session.SetHeader("actorName", user.FindFirst("name")?.Value ?? "");
        session.SetHeader("role", user.FindFirst("role")?.Value ?? "");
        session.SetHeader("departmentId", round.HandlingUnitId);
        stream.AppendOne(new EnterpriseContacted(id, round.Round, request.Method, request.ContactedAt, request.Notes!.Trim(), now));
        return Results.Ok(new ContactRecorded(id, stream.CurrentVersion ?? (stream.StartingVersion ?? 0) + 1, nameof(EnterpriseContacted)));
    }
}
