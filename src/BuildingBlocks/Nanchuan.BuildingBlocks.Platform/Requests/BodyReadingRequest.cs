using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// The request whose body is being read, for <see cref="RequestBodyConverter{T}"/> to keep its field errors on
/// (<see cref="RequestBodyProblem"/>). Set by <see cref="RequestBodySizeMiddleware"/> only for a request that has a body
/// (ADR 0206): ASP.NET Core's <c>IHttpContextAccessor</c> did the same for every request, and with it registered the server
/// no longer reuses a connection's <see cref="HttpContext"/> from one request to the next.
/// </summary>
internal static class BodyReadingRequest
{
    private static readonly AsyncLocal<Holder?> Current = new();

    public static HttpContext? Context => Current.Value?.Context;

    /// <summary>A request without a body (Content-Length 0 or absent, not chunked) has nothing for the converter to read.</summary>
    public static bool HasBody(HttpContext context) => context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;

    /// <summary>
    /// For the rest of the calling async method (an async method's async-locals revert when it returns); disposing it forgets
    /// the request, so work that outlives the request never sees the context the server hands to the next one.
    /// </summary>
    public static IDisposable Use(HttpContext context)
    {
        var holder = new Holder(context);
        Current.Value = holder;
        return holder;
    }

    private sealed class Holder(HttpContext context) : IDisposable
    {
        public HttpContext? Context { get; private set; } = context;

        public void Dispose() => Context = null;
    }
}
