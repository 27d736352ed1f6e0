using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Nanchuan.BuildingBlocks.Events;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Nanchuan.BuildingBlocks.Platform.OpenApi;

/// <summary>Puts the <see cref="IOpenApiExample{TSelf}.Example"/> of a type into its schema, serialised as the API serialises it.</summary>
public sealed class ExampleSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete) return;
        var exampleInterface = context.Type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IOpenApiExample<>));
        if (exampleInterface is null) return;
        var example = context.Type.GetProperty("Example", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null)
                      ?? context.Type.GetInterfaceMap(exampleInterface).TargetMethods.First().Invoke(null, null);
        var node = JsonNode.Parse(JsonSerializer.Serialize(example, context.Type, json.Value.SerializerOptions));
        if (node is not null) concrete.Examples = [node];
    }
}
