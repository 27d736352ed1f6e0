using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>Puts <see cref="RequestBodyConverter{T}"/> around each request body type.</summary>
internal sealed class RequestBodyConverterFactory(RequestBodyTypes bodies) : JsonConverterFactory
{
    private JsonSerializerOptions? inner;

    public override bool CanConvert(Type typeToConvert) => bodies.Contains(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(RequestBodyConverter<>).MakeGenericType(typeToConvert), Inner(options))!;

    /// <summary>The same options without this factory: the body itself is read by System.Text.Json's own converter.</summary>
    private JsonSerializerOptions Inner(JsonSerializerOptions options) => inner ??= RequestJson.ForBodies(options);
}

/// <summary>
/// Reads a whole request body, then checks it against the platform's limits (<see cref="RequestLimits"/>). Any failure is
/// kept on the request as field errors (<see cref="RequestBodyProblem"/>) for the 400 Wolverine answers, then rethrown.
/// </summary>
internal sealed class RequestBodyConverter<T>(JsonSerializerOptions inner) : JsonConverter<T>
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A request type inside another request's body is checked as part of that body.
        if (reader.CurrentDepth > 0) return JsonSerializer.Deserialize<T>(ref reader, inner);
        if (reader.TokenType == JsonTokenType.Null) throw Refuse(RequestBodyProblem.NullBody());
        T? body;
        try
        {
            body = JsonSerializer.Deserialize<T>(ref reader, inner);
        }
        catch (JsonException unreadable)
        {
            throw Refuse(RequestBodyProblem.From(unreadable, typeof(T), inner));
        }
        var errors = RequestLimits.Check(body!, inner);
        if (errors.Count > 0) throw Refuse(errors);
        return body;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, value, inner);

    private JsonException Refuse(IReadOnlyDictionary<string, string[]> errors)
    {
        if (BodyReadingRequest.Context is { } context) RequestBodyProblem.Keep(context, errors);
        return new JsonException("请求体有误 / the request body is invalid: " + string.Join("; ", errors.Keys));
    }
}
