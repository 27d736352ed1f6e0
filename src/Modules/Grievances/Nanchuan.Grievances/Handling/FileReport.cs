using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Reporting;
using Wolverine;

namespace Nanchuan.Grievances.Handling;

/// <summary>办理情况（承办单位填写）: the unit's contact person and phone, its contact with the enterprise, what it did, any promised date.</summary>
/// <param name="PromisedCompletionDate">承诺办结时限 for a part of the matter; the BusinessOffice is reminded to revisit on that date.</param>
public sealed record FileReportRequest(
    string? UnitContactPerson,
    string? UnitContactPhone,
    ContactMethod EnterpriseContactMethod,
    DateTimeOffset EnterpriseContactedAt,
    string? ActionsTaken,
    DateOnly? PromisedCompletionDate) : IOpenApiExample<FileReportRequest>
{
    public static FileReportRequest Example => new("李科长", "023-71234567", ContactMethod.Visit,
        new DateTimeOffset(2024, 5, 10, 9, 0, 0, TimeSpan.FromHours(8)),
        "已安排施工队修补厂区东门外破损路面，5月10日完工。", null);
}

public static class FileReportEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/handling-report")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("反馈办理情况 / File the handling report")]
    [EndpointDescription("The handling unit files its report for the current round (办结 + 反馈). Whether it is within the limit and the working days it took are recorded; a promised completion date schedules the BusinessOffice's revisit reminder.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, FileReportRequest request, IDocumentSession session, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time,
        CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        var state = stream.Aggregate!;
        GrievanceAccess.EnsureHandlesCurrentRound(CurrentActor.Value, state);
        var now = time.GetUtcNow();
        var elapsed = state.CurrentRound is { } round ? calendar.WorkingDaysBetween(round.AssignedAt, now) : 0m;
        var reported = GrievanceDecisions.ReportHandling(state, new FileHandlingReport(request.UnitContactPerson, request.UnitContactPhone,
            request.EnterpriseContactMethod, request.EnterpriseContactedAt, request.ActionsTaken, request.PromisedCompletionDate), now, elapsed);

        var outgoing = new OutgoingMessages { new RefreshMonthlyReport(id) };
        GrievanceDeadlines.Instance.Met(watch, outgoing, state, nameof(Domain.DeadlineKind.Handling), now);
        if (reported.PromisedCompletionDate is { } promised)
            PromiseRevisitReminderHandler.Schedule(watch, outgoing, id, reported.Round, promised);
        return (CaseStreams.Append(stream, reported), outgoing);
    }
}
