using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Nanchuan.BuildingBlocks.Platform.Requests;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Nanchuan.BuildingBlocks.Platform.OpenApi;

/// <summary>
/// Documents what the API checks when it reads a body (docs/adr/0029, 0030): the fields it requires (as System.Text.Json
/// decides them under the API's options), no other field, and the platform's text and list limits.
/// </summary>
public sealed class RequestRulesSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
{
    private readonly Lazy<JsonSerializerOptions> bodies = new(() => RequestJson.ForBodies(json.Value.SerializerOptions));

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete) return;
        var type = bodies.Value.GetTypeInfo(context.Type);
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties)
        {
            if (concrete.Properties.TryGetValue(property.Name, out var member) && member is OpenApiSchema field)
                Limit(field, property);
            if (property.IsRequired) (concrete.Required ??= new HashSet<string>()).Add(property.Name);
        }
    }

    private static void Limit(OpenApiSchema field, JsonPropertyInfo property)
    {
        var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (propertyType == typeof(string)) field.MaxLength = RequestLimits.MaxLength(property.Name);
        else if (propertyType != typeof(string) && field.Type is { } kind && kind.HasFlag(JsonSchemaType.Array))
        {
            field.MaxItems = RequestLimits.Items;
            if (field.Items is OpenApiSchema { } items && items.Type is { } itemKind && itemKind.HasFlag(JsonSchemaType.String) && items.Format is null)
                items.MaxLength = RequestLimits.MaxLength(property.Name);
        }
    }
}
