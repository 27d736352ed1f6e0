using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Nanchuan.BuildingBlocks.Platform.Requests;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Nanchuan.BuildingBlocks.Platform.OpenApi;

/// <summary>
/// A nullable property whose type has a schema of its own (an enum, a record) is a bare <c>$ref</c> in OpenAPI 3.0, which
/// cannot say "or null": the API answers <c>"boxLocation": null</c> and a generated client refuses it. Such a property
/// becomes an inline copy of the enum with null among its values, or a nullable object that is <c>anyOf</c> the record or null (ADR 0057).
/// </summary>
public sealed class NullableReferenceSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
{
    private readonly Lazy<System.Text.Json.JsonSerializerOptions> bodies = new(() => RequestJson.ForBodies(json.Value.SerializerOptions));

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete) return;
        var type = bodies.Value.GetTypeInfo(context.Type);
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties.Where(p => p.IsGetNullable))
        {
            if (concrete.Properties!.TryGetValue(property.Name, out var member) && member is OpenApiSchemaReference reference
                && context.SchemaRepository.Schemas.TryGetValue(reference.Reference.Id!, out var target))
                concrete.Properties[property.Name] = OrNull(reference, target);
        }
    }

    private static OpenApiSchema OrNull(OpenApiSchemaReference reference, IOpenApiSchema target) =>
        target.Enum is { Count: > 0 } values
            ? new OpenApiSchema
            {
                Type = (target.Type ?? JsonSchemaType.String) | JsonSchemaType.Null,
                Enum = [.. values, null!],
                Description = target.Description,
            }
            : new OpenApiSchema
            {
                // The outer nullable type is what generated clients read as "may be null"; anyOf carries the record.
                Type = (target.Type ?? JsonSchemaType.Object) | JsonSchemaType.Null,
                AnyOf = [reference, new OpenApiSchema { Type = (target.Type ?? JsonSchemaType.Object) | JsonSchemaType.Null, Enum = [null!] }],
            };
}
