using Marten.Linq.MatchesSql;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Reading;

/// <summary>A page of the request list; <paramref name="NextCursor"/> is the <c>cursor</c> of the next page, null on the last.</summary>
public sealed record GrievancePage(IReadOnlyList<GrievanceListItem> Items, string? NextCursor) : IOpenApiExample<GrievancePage>
{
    public static GrievancePage Example =>
        new([GrievanceListItem.Example], new ListCursor(GrievanceListItem.Example.ReceivedAt, GrievanceListItem.Example.Id).Encode());
}

public static class ListGrievancePagesEndpoint
{
    [WolverineGet($"{GrievancesModule.Route}/pages")]
    [Authorize(Roles = GrievanceAccess.Readers)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("企业诉求列表（按翻页标记） / List enterprise requests page by page")]
    [EndpointDescription("The list of `GET /api/grievances` (same order, role filter and `status` filter) paged by cursor: `limit` requests (1 to 500, default 100); the answer's `nextCursor`, also sent as the `Link` header with `rel=\"next\"`, is the `cursor` of the next page and is null on the last. Every page costs the same however deep, and requests received while a client pages neither repeat nor go missing from the pages still to come. No total count: counting is linear in the number of requests (ADR 0131).")]
    [ProducesResponseType<GrievancePage>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<GrievancePage> Get(
        GrievanceStatus? status, int? limit, string? cursor, IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var take = ListLimit.Resolve(limit, byDefault: 100);
        var after = ListCursor.Resolve(cursor);

        var query = VisibleGrievances.Query(session, status);
        if (after is not null)
        {
            // A row comparison, which PostgreSQL reads as one range of the (…, received_at_utc, id) indexes.
            var at = after.At.ToUniversalTime();
            var id = after.Id;
            query = query.Where(grievance => grievance.MatchesSql("(d.received_at_utc, d.id) < (?, ?)", at, id));
        }
        var rows = await query.NewestFirst().Take(take + 1).ToListAsync(cancellation);
        var items = rows.Take(take).Select(GrievanceListItem.Of).ToList();
        var next = rows.Count > take ? new ListCursor(items[^1].ReceivedAt, items[^1].Id).Encode() : null;
        NextPageLink.Set(context, next);
        return new GrievancePage(items, next);
    }
}
