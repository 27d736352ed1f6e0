using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.Platform.Writes;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// Conditional reads of one case (ADR 0119, ADR 0128): the answer carries the case's version as <c>ETag</c> (the same tag a
/// write answers, <see cref="CaseVersionTag"/>) — with the count of erasures that rewrote the case and the representation
/// the caller gets, when there are — and a GET whose <c>If-None-Match</c> names it is answered 304 without a body.
/// Called by the code of every GET endpoint answering an <see cref="ICaseView"/> (<see cref="CaseReadFrame"/>), after the
/// endpoint has loaded the case and checked that the caller may see it, so a 304 never answers a caller who would get a
/// 403 or 404. For an <see cref="ISingleStreamCaseView"/> the same answer is remembered per token, and repeated before the
/// endpoint runs while the case is unchanged on every node (<see cref="NotModifiedSinceLastAnswer"/>, ADR 0168).
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
        if (view is ISingleStreamCaseView single && context.Items[ReadStart] is CaseReadStart start && start.Id == single.Id)
            start.Cache.Keep(start.Id, start.Token, tag, start.ChangesBefore);
        return Answer(context, tag);
    }

    /// <summary>
    /// Before the endpoint reads anything (ADR 0168, <see cref="ISingleStreamCaseView"/>): true, with a 304, when the request is
    /// conditional and this node answered the same bearer token the named tag for the route's case, which has not changed since.
    /// Otherwise notes when the read began, so that the endpoint's answer is kept only if no change came meanwhile.
    /// </summary>
    public static bool NotModifiedSinceLastAnswer(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization is not [{ Length: > 0 } token]
            || request.RouteValues["id"] is not string route || !Guid.TryParse(route, out var id)
            || context.RequestServices.GetService(typeof(CaseTagCache)) is not CaseTagCache { Listening: true } cache) return false;
        if (request.Headers.IfNoneMatch.Count > 0 && cache.TagFor(id, token) is { } tag && Matches(request.Headers.IfNoneMatch, tag))
            return Answer(context, tag, matched: true);
        context.Items[ReadStart] = new CaseReadStart(cache, id, token, cache.ChangesOf(id));
        return false;
    }

    /// <summary>
    /// Writes the view as Wolverine's JSON writer did — the HTTP API's JSON options (which Wolverine takes), the same bytes,
    /// <c>application/json; charset=utf-8</c>, 404 when there is none — but serialised at once into this thread's buffer,
    /// so that the answer carries its <c>Content-Length</c> instead of chunked framing and no asynchronous serialiser runs
    /// (ADR 0189). The buffer is kept for the thread's next answer unless it grew past <see cref="KeptBufferBytes"/>.
    /// </summary>
    public static ValueTask WriteAsync<TView>(HttpContext context, TView? view, IOptions<JsonOptions> options) where TView : ICaseView
    {
        var response = context.Response;
        if (view is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return ValueTask.CompletedTask;
        }
        var json = options.Value.SerializerOptions;
        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(KeptBufferBytes / 16);
        buffer.ResetWrittenCount();
        if (threadWriter is null || threadWriterOptions != json)
        {
            threadWriter = new Utf8JsonWriter(buffer, WriterOptions(json));
            threadWriterOptions = json;
        }
        var writer = threadWriter;
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, view, (JsonTypeInfo<TView>)json.GetTypeInfo(typeof(TView)));
        writer.Flush();
        response.ContentType = JsonContentType;
        response.ContentLength = buffer.WrittenCount;
        response.BodyWriter.Write(buffer.WrittenSpan);
        if (buffer.Capacity > KeptBufferBytes) threadBuffer = null;
        var flush = response.BodyWriter.FlushAsync(context.RequestAborted);
        return flush.IsCompletedSuccessfully ? ValueTask.CompletedTask : new ValueTask(flush.AsTask());
    }

    /// <summary>The largest serialisation buffer a thread keeps between answers.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    private const string JsonContentType = "application/json; charset=utf-8";

    [ThreadStatic] private static ArrayBufferWriter<byte>? threadBuffer;
    [ThreadStatic] private static Utf8JsonWriter? threadWriter;
    [ThreadStatic] private static JsonSerializerOptions? threadWriterOptions;

    /// <summary>The writer settings System.Text.Json derives from the options when it serialises with them itself.</summary>
    private static JsonWriterOptions WriterOptions(JsonSerializerOptions json) => new()
    {
        Encoder = json.Encoder,
        Indented = json.WriteIndented,
        IndentCharacter = json.IndentCharacter,
        IndentSize = json.IndentSize,
        NewLine = json.NewLine,
        MaxDepth = json.MaxDepth == 0 ? 64 : json.MaxDepth,
        SkipValidation = true,
    };

    private static readonly object ReadStart = new();

    private sealed record CaseReadStart(CaseTagCache Cache, Guid Id, string Token, long ChangesBefore);

    /// <summary>The tag's headers, and 304 when <paramref name="matched"/> (already compared) or the request's condition holds.</summary>
    private static bool Answer(HttpContext context, string tag, bool matched = false)
    {
        var response = context.Response;
        response.Headers.ETag = tag;
        response.Headers.CacheControl = "private, no-cache";
        // What a reader may see, and how (masked or not), depends on who asks: a cache keeps one copy per token.
        response.Headers.Vary = "Authorization";
        if (!matched && !Matches(context.Request.Headers.IfNoneMatch, tag)) return false;
        response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag)
    {
        if (ifNoneMatch.Count == 0) return false;
        // What a client sends back nearly always: the tag it was given, as given. Compared as is, without parsing a list.
        if (ifNoneMatch.Count == 1 && string.Equals(ifNoneMatch[0], tag, StringComparison.Ordinal)) return true;
        if (!EntityTagHeaderValue.TryParseStrictList(ifNoneMatch, out var tags)) return false;
        var current = new EntityTagHeaderValue(tag);
        return tags.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(current, useStrongComparison: false));
    }
}
