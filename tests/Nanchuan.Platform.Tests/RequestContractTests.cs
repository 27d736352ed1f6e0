using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Alba;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>The platform on a database of its own, so that "nothing was written" counts only this test's requests.</summary>
public sealed class RequestContractHost : PlatformHost;

/// <summary>
/// Issue 14 point 5, generated from the OpenAPI document: every operation that takes a JSON body is sent a `null` body,
/// each required field left out, a value of the wrong JSON type per field, a `null` list entry, a U+0000 character, an
/// unknown field and a text one character over its documented maxLength. Each must answer 400 problem details whose
/// `errors` names the field in Chinese and English without .NET names, and no event may be written.
/// </summary>
public sealed partial class RequestContractTests(RequestContractHost platform) : IClassFixture<RequestContractHost>
{
    private static readonly string[] Methods = ["post", "put", "patch"];

    [Fact]
    public async Task Every_body_the_document_describes_is_refused_field_by_field_and_nothing_is_written()
    {
        var document = JsonNode.Parse(await (await platform.Host.Scenario(s => s.Get.Url(SwaggerSetup.DocumentRoute))).ReadAsTextAsync())!.AsObject();
        var roles = RolesByRoute();
        using var client = platform.Server.CreateClient();
        var eventsBefore = await EventCountAsync();
        var failures = new List<string>();
        var sent = 0;

        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var method in Methods)
        {
            if (item![method] is not JsonObject operation || operation["requestBody"]?["content"]?["application/json"]?["schema"] is not JsonNode bodySchema) continue;
            var schema = Resolve(document, bodySchema);
            var url = Url(document, path, operation);
            var actor = ActorFor(roles, method, path);
            foreach (var (name, body, field) in Cases(document, schema))
            {
                sent++;
                var failure = await RefusalProblemAsync(client, method, url, actor, body, field);
                if (failure is not null) failures.Add($"{method.ToUpperInvariant()} {path} [{name}]: {failure}");
            }
        }

        sent.ShouldBeGreaterThan(500);
        failures.ShouldBeEmpty();
        (await EventCountAsync()).ShouldBe(eventsBefore);
    }

    /// <summary>Each bad body with the field its error must be named under.</summary>
    private static IEnumerable<(string Name, string Body, string Field)> Cases(JsonObject document, JsonObject schema)
    {
        var valid = (JsonObject)ValidBody(document, schema);
        var properties = schema["properties"]?.AsObject() ?? [];
        yield return ("null body", "null", "body");
        yield return ("unknown field", With(valid, "unexpectedField", JsonValue.Create(1)), "unexpectedField");
        foreach (var required in schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
        {
            var without = (JsonObject)valid.DeepClone();
            without.Remove(required);
            yield return ($"{required} left out", without.ToJsonString(), required);
        }
        foreach (var (name, propertySchema) in properties)
        {
            var property = Resolve(document, propertySchema!);
            var type = TypeOf(property);
            yield return ($"{name} of the wrong type", With(valid, name, type == "string" ? JsonValue.Create(12345) : JsonValue.Create("not-a-" + type)), name);
            if (type == "array") yield return ($"{name} with a null entry", With(valid, name, new JsonArray((JsonNode?)null)), $"{name}[0]");
            if (type != "string") continue;
            yield return ($"{name} with U+0000", With(valid, name, JsonValue.Create("a\u0000b")), name);
            var maxLength = property["maxLength"]?.GetValue<int>();
            if (maxLength is null && property["format"] is null && property["enum"] is null)
                yield return ($"{name} without a documented maxLength", "{\"maxLength\":\"undocumented\"}", name);
            else if (maxLength is { } max)
                yield return ($"{name} over maxLength", With(valid, name, JsonValue.Create(new string('长', max + 1))), name);
        }
    }

    /// <summary>Null when the answer is the platform's 400 naming <paramref name="field"/>; otherwise what is wrong with it.</summary>
    private async Task<string?> RefusalProblemAsync(HttpClient client, string method, string url, Actor? actor, string body, string field)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (actor is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", platform.TokenFor(actor));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 400) return $"{(int)response.StatusCode} {Shorten(text)}";
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return $"not problem details: {Shorten(text)}";
        if (DotNetName().IsMatch(text)) return $".NET names in the answer: {text}";
        if (JsonNode.Parse(text)?["errors"]?[field] is not JsonArray { Count: > 0 } messages) return $"no errors.{field}: {Shorten(text)}";
        return messages.Select(m => m!.GetValue<string>()).FirstOrDefault(m => !m.Contains(" / ") || !m.Any(c => c is >= '\u4e00' and <= '\u9fff')) is { } monolingual
            ? $"errors.{field} not in Chinese and English: {monolingual}"
            : null;
    }

    [GeneratedRegex(@"(?<![A-Za-z])(Nanchuan|System|Microsoft)\.[A-Z]")]
    private static partial Regex DotNetName();

    private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;

    private static string With(JsonObject valid, string name, JsonNode? value)
    {
        var copy = (JsonObject)valid.DeepClone();
        copy[name] = value;
        return copy.ToJsonString();
    }

    /// <summary>The schema's example (written from a real request by the API's own serializer), else a body built from the schema.</summary>
    internal static JsonNode ValidBody(JsonObject document, JsonObject schema, Random? random = null) =>
        (schema["example"] ?? schema["examples"]?[0])?.DeepClone() ?? Generate(document, schema, random);

    /// <summary>A value of the schema; ids from <paramref name="random"/> when given (a fuzz run's recorded seed), else new ones.</summary>
    internal static JsonNode Generate(JsonObject document, JsonNode schemaNode, Random? random = null)
    {
        var schema = Resolve(document, schemaNode);
        if (schema["enum"] is JsonArray { Count: > 0 } values) return values.First(v => v is not null)!.DeepClone();
        return TypeOf(schema) switch
        {
            "string" => schema["format"]?.GetValue<string>() switch
            {
                "date" => "2024-05-08",
                "date-time" => "2024-05-08T09:30:00+08:00",
                "uuid" => (random is null ? Guid.NewGuid() : SeededGuid(random)).ToString(),
                "time" => "09:30:00",
                _ => "文本",
            },
            "integer" or "number" => 1,
            "boolean" => true,
            "array" => new JsonArray(Generate(document, schema["items"]!, random)),
            _ => new JsonObject((schema["properties"]?.AsObject() ?? []).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Generate(document, p.Value!, random)))),
        };
    }

    private static Guid SeededGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    internal static JsonObject Resolve(JsonObject document, JsonNode schema)
    {
        var node = schema.AsObject();
        if (node["$ref"]?.GetValue<string>() is { } reference) return document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
        foreach (var composite in new[] { "allOf", "oneOf", "anyOf" })
            if (node[composite] is JsonArray { Count: > 0 } parts && parts.FirstOrDefault(p => p?["$ref"] is not null) is { } part) return Resolve(document, part);
        return node;
    }

    internal static string TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        JsonValue type => type.GetValue<string>(),
        _ => schema["properties"] is not null ? "object" : "unknown",
    };

    /// <summary>The operation's path with each parameter given a value of its type (the body is refused before any lookup).</summary>
    private static string Url(JsonObject document, string path, JsonObject operation)
    {
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            if (parameter!["in"]?.GetValue<string>() != "path") continue;
            var value = Generate(document, parameter["schema"]!);
            path = path.Replace($"{{{parameter["name"]!.GetValue<string>()}}}", Uri.EscapeDataString(value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString()));
        }
        return path;
    }

    private Dictionary<string, string[]?> RolesByRoute() =>
        platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Key: $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}", Endpoint: e)))
            .GroupBy(x => x.Key.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.First().Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                ? null
                : g.First().Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Roles).OfType<string>().SelectMany(r => r.Split(',')).ToArray());

    private static readonly Actor[] Actors =
    [
        TestActors.BusinessOffice, TestActors.Admin, TestActors.WindowClerk, TestActors.MarketRegulator, TestActors.Enterprise, TestActors.Citizen,
    ];

    private static Actor? ActorFor(Dictionary<string, string[]?> roles, string method, string path)
    {
        if (!roles.TryGetValue($"{method} {path}".ToUpperInvariant(), out var allowed)) return TestActors.BusinessOffice;
        if (allowed is null) return null;
        return allowed.Length == 0 ? TestActors.BusinessOffice : Actors.FirstOrDefault(a => allowed.Contains(a.Role)) ?? TestActors.BusinessOffice;
    }

    private async Task<long> EventCountAsync() =>
        // The Oversight module files earlier steps' contract messages in the background: its streams are not this request's writes.
        long.Parse((await platform.SqlRowsAsync(
            "select count(*) from events.mt_events e join events.mt_streams s on s.id = e.stream_id where s.type <> 'oversight_file'")).Single());
}
