using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Nanchuan.BuildingBlocks.Platform.OpenApi;

/// <summary>
/// Every secured operation documents its bearer requirement and its 401/403 problem responses; every operation
/// with a body documents the 400 validation problem. Endpoints add their own 404/409 where they can happen.
/// </summary>
public sealed class StandardResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        operation.Responses ??= new OpenApiResponses();

        // An empty requirement says "no sign-in" outright (linters read a missing one as an oversight).
        if (anonymous) operation.Security = [];
        else
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [SwaggerSetup.BearerReference(context.Document)] = [] });
            Add(operation, context, "401", "未登录 / not authenticated");
            Add(operation, context, "403", "无权操作（附原因） / forbidden, with the reason");
        }
        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id is "Body"))
            Add(operation, context, "400", "输入有误（逐字段说明） / invalid input, with a message per field");
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        var schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
        };
    }
}
