using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Oversight.Enterprises;

/// <summary>
/// 企业全景: everything the oversight contract says about one enterprise across modules — its cases, the deadlines still running
/// on them, and every fact (opened, deadlines set, warned, overdue, moved, met, 督办, closed) in time order.
/// </summary>
public sealed record EnterpriseThread(
    string CreditCode, IReadOnlyList<OversightCaseRow> Cases, IReadOnlyList<OversightDeadline> RunningDeadlines, IReadOnlyList<ThreadEntry> Entries);

public static class GetEnterpriseThreadEndpoint
{
    [WolverineGet($"{OversightModule.Route}/enterprises/{{creditCode}}/thread")]
    [Authorize(Roles = OversightAccess.ThreadReaders)]
    [Tags(OversightModule.Tag)]
    [EndpointSummary("企业全景 / One enterprise's thread across modules")]
    [EndpointDescription("Every case, running deadline and oversight fact of the enterprise with this unified social credit code, in every module, in time order (facts at one instant: opened, deadline met, deadline set, warned, overdue, moved, 督办, closed). An enterprise reads its own only; a department handler the cases, deadlines and facts of its own department; the business office and supervisors everything. An unknown code answers an empty thread.")]
    [ProducesResponseType<EnterpriseThread>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<EnterpriseThread> Get(
        string creditCode, IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var code = errors.CreditCode("creditCode", creditCode);
        errors.ThrowIfAny();
        var department = OversightAccess.ThreadScope(CurrentActor.Value, code);

        var scope = department is null ? "" : " and department = ?";
        object[] parameters = department is null ? [code] : [code, department];
        var cases = await OversightRows.CasesAsync(session, "credit_code = ?" + scope, cancellation, parameters);
        var running = await OversightRows.DeadlinesAsync(session, calendar, time.GetUtcNow(), $"credit_code = ?{scope} and {OversightRows.Open}", "", cancellation, parameters);
        var entries = await OversightRows.EntriesAsync(session, "credit_code = ?" + scope, cancellation, parameters);
        return new EnterpriseThread(code, cases, running, entries);
    }
}
