using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Paging;

namespace Nanchuan.Oversight.Deadlines;

/// <summary>A page of the cross-module deadline list; <paramref name="Next"/> is the <c>after</c> of the next page, null on the last.</summary>
public sealed record OversightDeadlinePage(IReadOnlyList<OversightDeadline> Items, string? Next);

public static class ListDeadlinesEndpoint
{
    public const int MaxLimit = 200;

    private sealed record Cursor(DateTimeOffset DueAt, Guid CaseId, string Deadline, DateTimeOffset StartedAt);

    [WolverineGet($"{OversightModule.Route}/deadlines")]
    [Authorize(Roles = OversightAccess.Readers)]
    [Tags(OversightModule.Tag)]
    [EndpointSummary("跨模块时限清单（超期、临期） / The cross-module list of running deadlines: overdue, due soon")]
    [EndpointDescription("Every running deadline of every module, ordered by due time, with the working days over for one past due. `state=overdue`: past due; `state=due-soon`: not yet due, its warning fired or its warning time passed; without: all running. Filters: `module` (e.g. Grievances), `department`. Keyset paging: `limit` (1-200, default 50) and `after` = the previous page's `next`. A department handler gets its own department's deadlines only (asking for another's is 403).")]
    [ProducesResponseType<OversightDeadlinePage>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<OversightDeadlinePage> Get(
        string? state, string? module, string? department, string? after, int? limit, IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time,
        CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        errors.If(state is not (null or "overdue" or "due-soon"), "state", "状态只能是 overdue 或 due-soon / state is overdue or due-soon.");
        errors.If(limit is < 1 or > MaxLimit, "limit", $"每页条数为1至{MaxLimit} / limit is 1 to {MaxLimit}.");
        var cursor = after is null ? null : PageToken.Decode<Cursor>(after);
        errors.If(after is not null && cursor is null, "after", "翻页标记无效，请使用上一页的 next / after is not a next value of a previous page.");
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
        if (cursor is not null)
            Add("(due_at, case_id, deadline, started_at) > (?::timestamptz, ?::uuid, ?, ?::timestamptz)", cursor.DueAt, cursor.CaseId, cursor.Deadline, cursor.StartedAt);

        var size = limit ?? 50;
        var rows = await OversightRows.DeadlinesAsync(session, calendar, now, string.Join(" and ", where), $"limit {size + 1}", cancellation, [.. parameters]);
        var page = rows.Take(size).ToList();
        return new OversightDeadlinePage(page, rows.Count > size ? Write(page[^1]) : null);
    }

    private static string Write(OversightDeadline last) =>
        PageToken.Encode(new Cursor(last.DueAt, last.CaseId, last.Deadline, last.StartedAt));
}
