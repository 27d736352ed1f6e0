using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Nanchuan.BuildingBlocks.Platform.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// A body larger than <see cref="RequestLimits.BodyBytes"/> is refused before it is read: by its Content-Length with the
/// platform's 400, and a chunked one by the server's limit while it is read. A request with a body is the
/// <see cref="BodyReadingRequest"/> while the rest of the pipeline runs.
/// </summary>
public sealed class RequestBodySizeMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = RequestLimits.BodyBytes;
        if (context.Request.ContentLength is not > RequestLimits.BodyBytes)
        {
            if (!BodyReadingRequest.HasBody(context))
            {
                await next(context);
                return;
            }
            using (BodyReadingRequest.Use(context))
            {
                await next(context);
            }
            return;
        }
        var size = context.Request.ContentLength;
        await FieldErrorsProblem.WriteAsync(problems, context, RequestBodyProblem.One(RequestBodyProblem.Body,
            $"请求体最大 {RequestLimits.BodyBytes} 字节，收到 {size} 字节 / the request body holds at most {RequestLimits.BodyBytes} bytes, not {size}."));
    }
}
