using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Handling;

/// <summary>主动联系: how and when the handling unit reached the enterprise, and what was clarified.</summary>
public sealed record RecordContactRequest(ContactMethod Method, DateTimeOffset ContactedAt, string? Notes) : IOpenApiExample<RecordContactRequest>
{
    public static RecordContactRequest Example => new(ContactMethod.Phone, new DateTimeOffset(2024, 5, 9, 14, 0, 0, TimeSpan.FromHours(8)),
        "已电话联系王经理，核实破损路段约50米，位于厂区东门外。");
}

public static class RecordContactEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/contact")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("记录联系企业 / Record contact with the enterprise")]
    [EndpointDescription("The handling unit's staff (the department the request is currently assigned to) record that they contacted the enterprise to pin the request down.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, RecordContactRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        GrievanceAccess.EnsureHandlesCurrentRound(CurrentActor.Value, stream.Aggregate!);
        var contacted = GrievanceDecisions.RecordContact(stream.Aggregate!,
            new RecordEnterpriseContact(request.Method, request.ContactedAt, request.Notes), time.GetUtcNow());
        return CaseStreams.Append(stream, contacted);
    }
}
