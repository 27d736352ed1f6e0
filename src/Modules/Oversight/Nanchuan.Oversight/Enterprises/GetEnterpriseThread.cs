using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.BuildingBlocks.Platform.Reads;

namespace Nanchuan.Oversight.Enterprises;

/// <summary>
/// 企业全景: a page of what the oversight contract says about one enterprise across modules — its facts (opened, deadlines set,
/// warned, overdue, moved, met, 督办, closed) newest first, the cases those facts are about and, on the first page, the deadlines
/// still running on its cases. <paramref name="NextCursor"/> is the <c>cursor</c> of the next (older) page, null on the last.
/// </summary>
public sealed record EnterpriseThread(
    string CreditCode, IReadOnlyList<OversightCaseRow> Cases, IReadOnlyList<OversightDeadline> RunningDeadlines, IReadOnlyList<ThreadEntry> Entries,
    string? NextCursor);

public static class GetEnterpriseThreadEndpoint
{
    [WolverineGet($"{OversightModule.Route}/enterprises/{{creditCode}}/thread")]
    [Authorize(Roles = OversightAccess.ThreadReaders)]
    [Tags(OversightModule.Tag)]
    [EndpointSummary("企业全景 / One enterprise's thread across modules")]
    [EndpointDescription("The oversight facts of the enterprise with this unified social credit code, in every module, newest first (facts at one instant in reverse order of: opened, deadline met, deadline set, warned, overdue, moved, 督办, closed), paged by cursor: `limit` facts (1 to 500, default 100); the answer's `nextCursor`, also sent as the `Link` header with `rel=\"next\"`, is the `cursor` of the next, older page and is null on the last. Each page has the cases its facts are about; the first page (no `cursor`) also every running deadline of the enterprise's cases, later pages none. Every page costs the same however many years the enterprise has (ADR 0181). An enterprise reads its own only; a department handler the cases, deadlines and facts of its own department; the business office and supervisors everything. An unknown code answers an empty thread.")]
    [ProducesResponseType<EnterpriseThread>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<EnterpriseThread> Get(
        string creditCode, int? limit, string? cursor, IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time, HttpContext context,
        CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var code = errors.CreditCode("creditCode", creditCode);
        errors.ThrowIfAny();
        var take = ListLimit.Resolve(limit, byDefault: 100);
        var after = ListCursor.Resolve(cursor);
        var department = OversightAccess.ThreadScope(CurrentActor.Value, code);

        var scope = department is null ? "" : " and department = ?";
        object[] parameters = department is null ? [code] : [code, department];
        var rows = await OversightRows.EntriesNewestFirstAsync(session, "credit_code = ?" + scope, after, take + 1, cancellation, parameters);
        var entries = rows.Take(take).ToList();
        var next = rows.Count > take ? new ListCursor(entries[^1].At, entries[^1].EntryId).Encode() : null;
        NextPageLink.Set(context, next);

        Guid[] concerned = [.. entries.Select(e => e.CaseId).Distinct()];
        var cases = concerned.Length == 0 ? [] : await OversightRows.CasesAsync(session, "case_id = any(?) and credit_code = ?" + scope, cancellation, [concerned, .. parameters]);
        var running = after is not null ? []
            : await OversightRows.DeadlinesAsync(session, calendar, time.GetUtcNow(), $"credit_code = ?{scope} and {OversightRows.Open}", "", cancellation, parameters);
        return new EnterpriseThread(code, cases, running, entries, next);
    }
}
