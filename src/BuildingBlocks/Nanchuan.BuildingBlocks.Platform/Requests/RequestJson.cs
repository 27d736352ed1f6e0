using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// The JSON options of the HTTP API (docs/adr/0029). A request body is read strictly (<see cref="ForBodies"/>): a field
/// without a default is required, `null` only where the record says `?`, no unknown field, an enum only by its names.
/// Everything else (responses, and clients reading them with these options) stays lenient, and Marten keeps
/// <see cref="PlatformHosting.ConfigureJson"/> alone, so stored events stay readable as they evolve.
/// </summary>
public static class RequestJson
{
    public static void Configure(JsonSerializerOptions json, RequestBodyTypes bodies)
    {
        PlatformHosting.ConfigureJson(json);
        json.Converters.Add(new RequestBodyConverterFactory(bodies));
    }

    /// <summary>The options a request body itself is read with: the API's made strict, without the body checks around it.</summary>
    public static JsonSerializerOptions ForBodies(JsonSerializerOptions api)
    {
        var json = new JsonSerializerOptions(api);
        foreach (var factory in json.Converters.OfType<RequestBodyConverterFactory>().ToList()) json.Converters.Remove(factory);
        // An enum is one of its names: `12345` or `-1` is not a value of it.
        json.Converters.Remove(json.Converters.OfType<JsonStringEnumConverter>().Single());
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        json.RespectRequiredConstructorParameters = true;
        json.RespectNullableAnnotations = true;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(OptionalWhereNullable);
        json.TypeInfoResolver = resolver;
        json.MakeReadOnly();
        return json;
    }

    /// <summary>A constructor parameter declared nullable (`string? Comment`) stays optional: left out means null.</summary>
    private static void OptionalWhereNullable(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            if (property.AssociatedParameter is { IsNullable: true } or { HasDefaultValue: true }) property.IsRequired = false;
    }
}
