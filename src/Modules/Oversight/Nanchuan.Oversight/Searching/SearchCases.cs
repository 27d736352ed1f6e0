using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Oversight.Searching;

/// <summary>
/// A case found by the cross-module search, with what it matched on: <c>caseId</c> (the case or application id), <c>creditCode</c>,
/// <c>reference</c> (a number given at opening, e.g. a project code), <c>number</c> (one given later, e.g. a 交办单编号) or <c>enterpriseName</c>.
/// </summary>
/// <param name="Numbers">Every number the case was given after its opening, as "label number".</param>
public sealed record OversightSearchHit(
    Guid CaseId, string Module, string CaseType, string? CreditCode, string? EnterpriseName, string? Department, string? Title, string? Reference,
    IReadOnlyList<string> Numbers, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, string? Outcome, string MatchedOn);

/// <summary>A page of search hits, the latest case first; <paramref name="NextCursor"/> is the <c>cursor</c> of the next page, null on the last.</summary>
public sealed record OversightSearchPage(IReadOnlyList<OversightSearchHit> Items, string? NextCursor)
{
    /// <summary>What <see cref="NextCursor"/> was called before ADR 0210; still sent for the clients written against it.</summary>
    [Obsolete("Read NextCursor (ADR 0210).")]
    public string? Next => NextCursor;
}

public static class SearchCasesEndpoint
{
    public const int MaxQueryLength = 64;
    public const int MaxLimit = 100;

    private sealed record Position(DateTimeOffset At, Guid CaseId);

    [WolverineGet($"{OversightModule.Route}/search")]
    [Authorize(Roles = OversightAccess.ThreadReaders)]
    [Tags(OversightModule.Tag)]
    [EndpointSummary("跨模块检索 / Search cases across modules")]
    [EndpointDescription("Finds the cases of every module by case or application id (exact), or by a part of a unified social credit code, an enterprise name, a number given at opening (LandUse project code, Incentives agreement number) or later (Grievances 交办单编号), case-insensitively (trigram indexes, ADR 0103). `q` is required, at most 64 characters. Latest case first; keyset paging with `limit` (1-100, default 20) and `cursor` = the previous page's `nextCursor`, also sent as the `Link` header with `rel=\"next\"` (`after` and `next` are the deprecated names of both, still read and sent; ADR 0210). What a reader finds is what it may open: a department handler the cases with an item of its department, an enterprise its own, the business office and supervisors every case.")]
    [ProducesResponseType<OversightSearchPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [DeprecatedQueryParameter(PageCursor.DeprecatedName, replacedBy: "cursor")]
    public static async Task<OversightSearchPage> Get(
        string? q, string? cursor, string? after, int? limit, IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var query = errors.Text("q", q, "检索词", "the search term q");
        errors.If(query.Length > MaxQueryLength, "q", $"检索词不超过{MaxQueryLength}个字符 / q has at most {MaxQueryLength} characters.");
        errors.If(limit is < 1 or > MaxLimit, "limit", $"每页条数为1至{MaxLimit} / limit is 1 to {MaxLimit}.");
        var position = PageCursor.Read<Position>(cursor, after, errors);
        errors.ThrowIfAny();
        var scope = OversightAccess.SearchScope(CurrentActor.Value);

        var like = "%" + query.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
        var id = Guid.TryParse(query, out var parsed) ? parsed.ToString() : "";
        object[] matching = [id, like, like, like];
        // One branch per column, so each uses its trigram index (an "or" across the columns would scan the table; ADR 0137).
        var where = new List<string>
        {
            $"""
            c.case_id in (select case_id from {OversightReports.CaseRows.QualifiedName} where case_id = nullif(?, '')::uuid
                          union all select case_id from {OversightReports.CaseRows.QualifiedName} where credit_code ilike ?
                          union all select case_id from {OversightReports.CaseRows.QualifiedName} where reference ilike ?
                          union all select case_id from {OversightReports.CaseRows.QualifiedName} where enterprise_name ilike ?
                          union all select case_id from {OversightReports.CaseNumbers.QualifiedName} where number ilike ?)
            """,
        };
        var parameters = new List<object>([.. matching, like]);
        if (scope is { } readable)
        {
            where.Add(readable.Condition);
            parameters.Add(readable.Value);
        }
        if (position is not null)
        {
            where.Add("(coalesce(c.opened_at, c.closed_at), c.case_id) < (?::timestamptz, ?::uuid)");
            parameters.AddRange([position.At, position.CaseId]);
        }
        var size = limit ?? 20;
        var rows = await ReportReader.ReadAsync<OversightSearchHit>(session,
            $"""
            select c.case_id, c.module, c.case_type, c.credit_code, c.enterprise_name, c.department, c.title, c.reference,
                   coalesce((select array_agg(n.label || ' ' || n.number order by n.at, n.number) from {OversightReports.CaseNumbers.QualifiedName} n
                             where n.case_id = c.case_id), array[]::text[]) as numbers,
                   c.opened_at, c.closed_at, c.outcome,
                   case when c.case_id::text = ? then 'caseId' when c.credit_code ilike ? then 'creditCode' when c.reference ilike ? then 'reference'
                        when c.enterprise_name ilike ? then 'enterpriseName' else 'number' end as matched_on
            from {OversightReports.CaseRows.QualifiedName} c
            where {string.Join(" and ", where)}
            order by coalesce(c.opened_at, c.closed_at) desc, c.case_id desc limit {size + 1}
            """, cancellation, [.. matching, .. parameters]);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? Write(page[^1]) : null;
        NextPageLink.Set(context, next);
        return new OversightSearchPage(page, next);
    }

    private static string Write(OversightSearchHit last) =>
        PageToken.Encode(new Position((last.OpenedAt ?? last.ClosedAt)!.Value, last.CaseId));
}
