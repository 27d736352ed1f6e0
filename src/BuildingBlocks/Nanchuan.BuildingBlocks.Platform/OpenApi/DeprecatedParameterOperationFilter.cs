using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Nanchuan.BuildingBlocks.Platform.OpenApi;

/// <summary>Flags the query parameters an endpoint names in <see cref="DeprecatedQueryParameterAttribute"/> as deprecated.</summary>
public sealed class DeprecatedParameterOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var deprecated in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DeprecatedQueryParameterAttribute>())
        {
            if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == deprecated.Name && p.In == ParameterLocation.Query)
                is not { } parameter) continue;
            parameter.Deprecated = true;
            parameter.Description = $"已弃用，请改用 {deprecated.ReplacedBy} / deprecated: use {deprecated.ReplacedBy}.";
        }
    }
}
