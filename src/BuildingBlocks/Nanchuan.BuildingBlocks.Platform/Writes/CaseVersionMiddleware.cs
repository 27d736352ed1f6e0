using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Writes;

/// <summary>
/// Every write request: reads the optional <c>If-Match</c> (the case version the client saw) and answers the case's new
/// version as <c>ETag</c> once the write is committed. The check itself happens at commit (<see cref="CaseVersionCheck"/>).
/// </summary>
public sealed class CaseVersionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next(context);
            return;
        }

        long? expected = null;
        var ifMatch = context.Request.Headers.IfMatch;
        if (ifMatch.Count > 0)
        {
            if (!CaseVersionTag.TryParse(ifMatch, out var version))
                throw new DomainValidationException("If-Match",
                    "If-Match 须为案件版本号，如 \"4\"（取自上次响应的 ETag）/ If-Match must be one case version such as \"4\" (the ETag of the last response).");
            expected = version;
        }

        var write = new CaseWrite(expected, context);
        context.Response.OnStarting(AnswerWrittenVersion, write);
        // Set in this async method, the write is the current one only for what this request awaits below: the caller's
        // context is restored when the method returns, so there is nothing to undo.
        CaseWrite.Current = write;
        await next(context);
    }

    private static Task AnswerWrittenVersion(object state)
    {
        var write = (CaseWrite)state;
        if (write.WrittenVersion is { } written && write.Request.Response.StatusCode < StatusCodes.Status300MultipleChoices)
            write.Request.Response.Headers.ETag = CaseVersionTag.Format(written);
        return Task.CompletedTask;
    }
}
