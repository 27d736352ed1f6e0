using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Paging;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// The <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288, relative) of a keyset page (ADR 0131): the request's own path and
/// query with <c>cursor</c> replaced by the page's <c>nextCursor</c> (and the deprecated <c>after</c> a client may have
/// given instead dropped, ADR 0210); no header on the last page.
/// </summary>
public static class NextPageLink
{
    public static void Set(HttpContext context, string? nextCursor)
    {
        if (nextCursor is null) return;
        var request = context.Request;
        var next = request.PathBase + request.Path + QueryString.Create(request.Query
            .Where(parameter => parameter.Key is not ("cursor" or PageCursor.DeprecatedName))
            .SelectMany(parameter => parameter.Value.Select(value => KeyValuePair.Create(parameter.Key, value)))
            .Append(KeyValuePair.Create("cursor", (string?)nextCursor)));
        context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
    }
}
