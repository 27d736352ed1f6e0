using Microsoft.AspNetCore.Http;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// The <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288, relative) of a keyset page (ADR 0131): the request's own path and
/// query with <c>cursor</c> replaced by the page's <c>nextCursor</c>; no header on the last page.
/// </summary>
public static class NextPageLink
{
    public static void Set(HttpContext context, string? nextCursor)
    {
        if (nextCursor is null) return;
        var request = context.Request;
        var next = request.PathBase + request.Path + QueryString.Create(request.Query
            .Where(parameter => parameter.Key != "cursor")
            .SelectMany(parameter => parameter.Value.Select(value => KeyValuePair.Create(parameter.Key, value)))
            .Append(KeyValuePair.Create("cursor", (string?)nextCursor)));
        context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
    }
}
