using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Reporting;
using Wolverine;

namespace Nanchuan.Grievances.Assigning;

/// <summary>交办 / 再次交办: what the BusinessOffice fills in on the slip.</summary>
/// <param name="TimeLimitWorkingDays">办结时限; leave out to take the problem type's (2 / 5 / 10), or choose a shorter one.</param>
/// <param name="HandlingUnitId">承办单位: the id of an active unit of the directory (GET /api/directory/departments, e.g. qu-chengshiguanliju); its handlers see and handle the request.</param>
public sealed record AssignRequest(ProblemType ProblemType, int? TimeLimitWorkingDays, string? HandlingUnitId) : IOpenApiExample<AssignRequest>
{
    public static AssignRequest Example => new(ProblemType.Simple, null, "qu-chengshiguanliju");
}

/// <summary>The slip was issued: its number, the unit (id and name), the limit and the handling deadline.</summary>
public sealed record AssignmentIssued(Guid Id, int Round, string SlipNumber, string HandlingUnitId, string HandlingUnit, int TimeLimitWorkingDays, DateTimeOffset AssignedAt, DateTimeOffset HandlingDueAt)
    : IOpenApiExample<AssignmentIssued>
{
    public static AssignmentIssued Example => new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), 1, "ncqhww2024-01", "qu-chengshiguanliju", "区城市管理局", 2,
        new DateTimeOffset(2024, 5, 9, 10, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2024, 5, 11, 18, 0, 0, TimeSpan.FromHours(8)));
}

public static class AssignRequestEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/assignment")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("交办或再次交办 / Assign or re-assign a request")]
    [EndpointDescription("Issues an assignment slip numbered ncqhww{year}-{nn} (per year, no gap, never reused) to a handling unit of the directory, chosen by id (unknown or deactivated: 400 on `handlingUnitId`, nothing written), with the problem type and time limit; a request the enterprise was not satisfied with is re-assigned the same way. Schedules the handling deadline's warning and overdue check and publishes EnterpriseRequestAssigned. A concurrent assignment loses with 409.")]
    [ProducesResponseType<AssignmentIssued>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(AssignmentIssued, OutgoingMessages)> Post(
        Guid id, AssignRequest request, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, DeadlineWatch watch,
        CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        var state = stream.Aggregate!;
        // The unit is checked first: a refused one must not take a slip number.
        var unit = await DepartmentDirectory.RequireActiveAsync(session, "handlingUnitId", request.HandlingUnitId, cancellation);
        var now = time.GetUtcNow();

        // An invalid type or limit is reported by the decision; the deadline computed meanwhile is then never used.
        var limit = Enum.IsDefined(request.ProblemType)
                    && TimeLimits.TryResolveHandlingWorkingDays(request.ProblemType, request.TimeLimitWorkingDays, out var resolved, out _)
            ? resolved
            : 1;
        var slip = await AssignmentSlipLedger.ReserveNextAsync(session, calendar.LocalDay(now).Year, cancellation);
        var command = new AssignGrievance(request.ProblemType, request.TimeLimitWorkingDays, unit.DepartmentId, unit.Name);
        var assigned = GrievanceDecisions.Assign(state, command, slip.Number.ToString(), now, calendar.AddWorkingDays(now, limit));

        stream.AppendOne(assigned);
        AssignmentSlipLedger.Issue(slip, assigned);
        var outgoing = new OutgoingMessages { IntegrationMessages.Assigned(state, assigned), GrievanceOversight.Numbered(state, assigned), new RefreshMonthlyReport(id) };
        GrievanceDeadlines.Instance.Met(watch, outgoing, state, nameof(Domain.DeadlineKind.Assignment), now);
        GrievanceDeadlines.WatchHandling(watch, outgoing, state, assigned);
        return (new AssignmentIssued(id, assigned.Round, assigned.SlipNumber, assigned.HandlingUnitId, assigned.HandlingUnitName, assigned.TimeLimitWorkingDays,
            assigned.AssignedAt, assigned.HandlingDueAt), outgoing);
    }
}
