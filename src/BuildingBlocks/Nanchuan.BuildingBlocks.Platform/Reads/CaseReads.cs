using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// Conditional reads of one case (ADR 0119, ADR 0128): the answer carries the case's version as <c>ETag</c> (the same tag a
/// write answers, <see cref="CaseVersionTag"/>) — with the count of erasures that rewrote the case and the representation
/// the caller gets, when there are — and a GET whose <c>If-None-Match</c> names it is answered 304 without a body.
/// Called by the code of every GET endpoint answering an <see cref="ICaseView"/> (<see cref="CaseReadFrame"/>), after the
/// endpoint has loaded the case and checked that the caller may see it, so a 304 never answers a caller who would get a
/// 403 or 404.
/// </summary>
public static class CaseReads
{
    /// <summary>
    /// Sets the view's <c>ETag</c>; true, with the status set to 304, when the request's <c>If-None-Match</c> holds (RFC 9110
    /// §13.1.2): <c>*</c>, or a list with a tag that equals the case's version by weak comparison (<c>W/"4"</c> matches
    /// <c>"4"</c>). An unreadable <c>If-None-Match</c> is ignored, as the RFC asks of an invalid condition: the case is sent.
    /// </summary>
    public static bool NotModified(HttpContext context, ICaseView? view)
    {
        if (view is null) return false;
        var tag = CaseVersionTag.Format(view.Version, view.PersonalDataErasures, view.Representation);
        var response = context.Response;
        response.Headers.ETag = tag;
        response.Headers.CacheControl = "private, no-cache";
        // What a reader may see, and how (masked or not), depends on who asks: a cache keeps one copy per token.
        response.Headers.Vary = "Authorization";
        if (!Matches(context.Request.Headers.IfNoneMatch, tag)) return false;
        response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag)
    {
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseStrictList(ifNoneMatch, out var tags)) return false;
        var current = new EntityTagHeaderValue(tag);
        return tags.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(current, useStrongComparison: false));
    }
}
