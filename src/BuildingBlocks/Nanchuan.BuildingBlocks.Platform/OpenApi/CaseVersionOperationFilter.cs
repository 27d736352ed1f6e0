using Microsoft.OpenApi;
using Nanchuan.BuildingBlocks.Platform.Reads;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Nanchuan.BuildingBlocks.Platform.OpenApi;

/// <summary>
/// Documents the platform's optimistic concurrency on every write (ADR 0027): an optional <c>If-Match</c> with the case
/// version the client saw, the <c>ETag</c> with the case's new version on success, and the 409 of a stale version; and on
/// every read of one case (ADR 0119) the optional <c>If-None-Match</c>, the <c>ETag</c> and the 304.
/// </summary>
public sealed class CaseVersionOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var method = context.ApiDescription.HttpMethod;
        if (method is "GET" && context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CaseViewEndpoint>().Any())
        {
            DocumentCaseRead(operation);
            return;
        }
        if (method is null || method is "GET" or "HEAD" or "OPTIONS") return;

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "可选：客户端所见的案件版本（上次响应的 ETag，如 \"4\"）；案件已变化则 409 / optional: the case version the client saw " +
                          "(the ETag of the last response, e.g. \"4\"); 409 when the case has moved on since.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = Writes.CaseVersionTag.Pattern },
        });

        operation.Responses ??= new OpenApiResponses();
        foreach (var (status, response) in operation.Responses)
        {
            if (!status.StartsWith('2') || response is not OpenApiResponse concrete) continue;
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers["ETag"] = new OpenApiHeader
            {
                Description = "案件写入后的版本，下次写入时作为 If-Match 发送 / the case's version after this write; send it as If-Match next time.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        if (!operation.Responses.ContainsKey("409"))
        {
            var schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
            operation.Responses["409"] = new OpenApiResponse
            {
                Description = "案件已变化（If-Match 过期）或当前状态不允许 / the case changed since If-Match, or its state does not allow this",
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
            };
        }
    }

    private static void DocumentCaseRead(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "可选：客户端所持案件的版本（上次读取响应的 ETag，如 \"4\"）；案件未变则 304、无正文 / optional: the case version the " +
                          "client holds (the ETag of its last read, e.g. \"4\"); 304 without a body while the case is unchanged.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses ??= new OpenApiResponses();
        var etag = new OpenApiHeader
        {
            Description = "案件当前版本 / the case's current version",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        foreach (var (status, response) in operation.Responses)
        {
            if (status != "200" || response is not OpenApiResponse concrete) continue;
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers["ETag"] = etag;
        }
        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "案件自 If-None-Match 所示版本以来未变，无正文 / the case is unchanged since the version in If-None-Match; no body",
            Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = etag },
        };
    }
}
