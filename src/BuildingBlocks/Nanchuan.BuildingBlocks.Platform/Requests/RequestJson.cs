using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// The JSON options of the HTTP API (docs/adr/0029): strict on reading a request — a field without a default is required,
/// `null` only where the record says `?`, no unknown field — and lenient on writing a response. Marten keeps
/// <see cref="PlatformHosting.ConfigureJson"/> alone, so stored events stay readable as they evolve.
/// </summary>
public static class RequestJson
{
    public static void Configure(JsonSerializerOptions json, IHttpContextAccessor http, RequestBodyTypes bodies)
    {
        PlatformHosting.ConfigureJson(json);
        json.RespectRequiredConstructorParameters = true;
        json.RespectNullableAnnotations = true;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(OptionalWhereNullable);
        json.TypeInfoResolver = resolver;
        json.Converters.Add(new RequestBodyConverterFactory(http, bodies));
    }

    /// <summary>
    /// A constructor parameter declared nullable (`string? Comment`) stays optional: left out means null. Responses are
    /// written without the nullability check (a read model may hold a null its type does not admit).
    /// </summary>
    private static void OptionalWhereNullable(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { IsNullable: true } or { HasDefaultValue: true }) property.IsRequired = false;
            if (!property.PropertyType.IsValueType) property.IsGetNullable = true;
        }
    }
}
