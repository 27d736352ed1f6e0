using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Paging;

namespace Nanchuan.Oversight.Deadlines;

/// <summary>A page of the cross-module deadline list; <paramref name="NextCursor"/> is the <c>cursor</c> of the next page, null on the last.</summary>
public sealed record OversightDeadlinePage(IReadOnlyList<OversightDeadline> Items, string? NextCursor)
{
    /// <summary>What <see cref="NextCursor"/> was called before ADR 0210; still sent for the clients written against it.</summary>
    [Obsolete("Read NextCursor (ADR 0210).")]
    public string? Next => NextCursor;
}

public static class ListDeadlinesEndpoint
{
    public const int MaxLimit = 200;

    private sealed record Position(DateTimeOffset DueAt, Guid CaseId, string Deadline, DateTimeOffset StartedAt);

    [WolverineGet($"{OversightModule.Route}/deadlines")]
    [Authorize(Roles = OversightAccess.Readers)]
    [Tags(OversightModule.Tag)]
    [EndpointSummary("跨模块时限清单（超期、临期） / The cross-module list of running deadlines: overdue, due soon")]
    [EndpointDescription("Every running deadline of every module, ordered by due time, with the working days over for one past due. `state=overdue`: past due; `state=due-soon`: not yet due, its warning fired or its warning time passed; without: all running. Filters: `module` (e.g. Grievances), `department`. Keyset paging: `limit` (1-200, default 50) and `cursor` = the previous page's `nextCursor`, also sent as the `Link` header with `rel=\"next\"` (`after` and `next` are the deprecated names of both, still read and sent; ADR 0210). A department handler gets its own department's deadlines only (asking for another's is 403).")]
    [ProducesResponseType<OversightDeadlinePage>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [DeprecatedQueryParameter(PageCursor.DeprecatedName, replacedBy: "cursor")]
    public static async Task<OversightDeadlinePage> Get(
        string? state, string? module, string? department, string? cursor, string? after, int? limit, IQuerySession session, IWorkingDayCalendar calendar,
        TimeProvider time, HttpContext context, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        errors.If(state is not (null or "overdue" or "due-soon"), "state", "状态只能是 overdue 或 due-soon / state is overdue or due-soon.");
        errors.If(limit is < 1 or > MaxLimit, "limit", $"每页条数为1至{MaxLimit} / limit is 1 to {MaxLimit}.");
        var position = PageCursor.Read<Position>(cursor, after, errors);
        errors.ThrowIfAny();
        var scope = OversightAccess.DepartmentScope(CurrentActor.Value, department);

        var now = time.GetUtcNow();
        var where = new List<string> { OversightRows.Open };
        var parameters = new List<object>();
        void Add(string condition, params object[] values)
        {
            where.Add(condition);
            parameters.AddRange(values);
        }
        if (state == "overdue") Add("due_at < ?::timestamptz", now);
        if (state == "due-soon") Add("due_at >= ?::timestamptz and (warned or warning_at <= ?::timestamptz)", now, now);
        if (module is not null) Add("lower(module) = lower(?)", module);
        if (scope is not null) Add("department = ?", scope);
        if (position is not null)
            Add("(due_at, case_id, deadline, started_at) > (?::timestamptz, ?::uuid, ?, ?::timestamptz)", position.DueAt, position.CaseId, position.Deadline, position.StartedAt);

        var size = limit ?? 50;
        var rows = await OversightRows.DeadlinesAsync(session, calendar, now, string.Join(" and ", where), $"limit {size + 1}", cancellation, [.. parameters]);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? Write(page[^1]) : null;
        NextPageLink.Set(context, next);
        return new OversightDeadlinePage(page, next);
    }

    private static string Write(OversightDeadline last) =>
        PageToken.Encode(new Position(last.DueAt, last.CaseId, last.Deadline, last.StartedAt));
}
