using System.Text;
using System.Text.Json.Nodes;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The odd requests of one operation (ADR 0093), built from its OpenAPI description: every value is written as raw JSON or a
/// raw URL piece, so what .NET would refuse to produce (a lone surrogate, 1e400, invalid UTF-8) is sent as well.
/// </summary>
public static class FuzzVariants
{
    private const string JsonType = "application/json";

    /// <summary>Raw JSON values every field is tried with, whatever its type.</summary>
    private static readonly string[] AnyField = ["null", "[]", "{}", "true", "\"文本\"", "12345", "[null]"];

    private static readonly string[] Numbers =
        ["\"12\"", "1e308", "-1e308", "1e400", "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "0.5", "-1", "0", "\"NaN\"", "1.0e-400"];

    private static readonly string[] Texts =
    [
        "\"\"", "\"   \"", $"\"{new string('a', 100_000)}\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u202e\\u0000\"", "\"𠜎😀\\u200d👩‍👩‍👧\"", "\"e\\u0301\\u0301\\u0301\"",
        "\"\\u0001\\u001f\\u007f\"", "\"\\r\\n\\t\"", "\"\\ufeff\\ufffe\\uffff\"", "\"<script>alert(1)</script>\"", "\"' or 1=1 --\"", "\"%00\"",
    ];

    private static readonly string[] Dates = ["\"2024-02-30\"", "\"2024-13-01\"", "\"0000-01-01\"", "\"10000-01-01\"", "\"2024-5-8\"", "\"2024-05-08T09:30:00+08:00\"", "\"0001-01-01\"", "\"9999-12-31\""];

    private static readonly string[] Instants =
    [
        "\"2024-05-08T25:00:00+08:00\"", "\"2024-05-08T09:30:00+25:00\"", "\"2024-05-08T09:30:00Z[Asia/Shanghai]\"", "\"0001-01-01T00:00:00+14:00\"",
        "\"9999-12-31T23:59:59-14:00\"", "\"2024-05-08\"", "\"2024-05-08T09:30:00\"", "\"1714000000\"", "\"2024-02-30T09:30:00+08:00\"", "\"0001-01-01T00:00:00Z\"",
        "\"9999-12-31T23:59:59.9999999Z\"",
    ];

    private static readonly string[] Times = ["\"24:00\"", "\"25:61:00\"", "\"9:3\"", "\"-01:00\"", "\"23:59:60\""];
    private static readonly string[] Ids = ["\"not-a-guid\"", "\"00000000-0000-0000-0000-000000000000\"", "\"{0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b}\"", "\"0193a5b2\""];
    private static readonly string[] Enums = ["\"nonexistent\"", "99", "-1", "\"\"", "\"0\""];
    private static readonly string[] Booleans = ["\"true\"", "1", "\"yes\""];

    /// <summary>Whole bodies of the wrong shape (raw bytes, sent as JSON).</summary>
    private static readonly (string Name, string Body)[] Bodies =
    [
        ("empty body", ""), ("null", "null"), ("array for the object", "[]"), ("string for the object", "\"text\""), ("number for the object", "42"),
        ("truncated", "{\"a\":"), ("unclosed", "{"), ("deep nesting", new string('[', 5_000) + new string(']', 5_000)),
        ("deep objects", string.Concat(Enumerable.Repeat("{\"x\":", 2_000)) + "1" + new string('}', 2_000)), ("trailing garbage", "{} {}"),
        ("comment", "/* x */ {}"), ("single quotes", "{'a':1}"),
    ];

    /// <summary>Route values (no %00: Kestrel refuses a path with a null character before any of the platform's code runs).</summary>
    private static readonly string[] RouteValues =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", new string('9', 3_000), "a%2Fb", "%2E%2E", "%E4%B8%AD%E6%96%87", "-1", "0",
        "99999999999999999999", "2024-02-30", "%20", "%FF%FE", "%252F", "null", "%F0%9F%98%80",
    ];

    private static readonly string[] QueryValues =
    [
        "abc", "", new string('9', 3_000), "-1", "0", "2147483648", "99999999999999999999", "2024-02-30", "2024-13", "%00", "%FF", "null", "true", "1e5",
        "2024-05-08T09:30:00%2B25:00", "0001-01-01", "9999-12-31", "%E4%B8%AD",
    ];

    private static readonly string[] IfMatchValues = ["abc", "W/\"1\"", "*", "\"99999999999999999999\"", "\"-1\"", "\"1\", \"2\"", "", "\"", "\"ä\"", "\"0\""];

    public static IReadOnlyList<FuzzVariant> For(JsonObject document, string method, string path, JsonObject operation, Random random)
    {
        var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => p!.AsObject()).ToList();
        var url = string.Join('/', path.Split('/').Select(AccessMatrixTests.Fill));
        var bodySchema = operation["requestBody"]?["content"]?[JsonType]?["schema"];
        var valid = bodySchema is null ? null : RequestContractTests.ValidBody(document, RequestContractTests.Resolve(document, bodySchema), random).ToJsonString();
        var writes = method is "POST" or "PUT" or "PATCH" or "DELETE";
        var variants = new List<FuzzVariant>();
        FuzzVariant Sent(string kind, string name, string at, string? body, string? contentType = JsonType, string? ifMatch = null) =>
            new(kind, name, at, body is null ? null : () => Encoding.UTF8.GetBytes(body), contentType, ifMatch);

        foreach (var parameter in parameters.Where(p => p["in"]?.GetValue<string>() == "path"))
        {
            var name = parameter["name"]!.GetValue<string>();
            var template = string.Join('/', path.Split('/').Select(s => s == $"{{{name}}}" ? "\u0001" : AccessMatrixTests.Fill(s)));
            variants.AddRange(RouteValues.Select(v => Sent("route", $"{name}={Short(v)}", template.Replace("\u0001", v), valid)));
        }

        foreach (var parameter in parameters.Where(p => p["in"]?.GetValue<string>() == "query"))
        {
            var name = parameter["name"]!.GetValue<string>();
            variants.AddRange(QueryValues.Select(v => Sent("query", $"?{name}={Short(v)}", $"{url}?{name}={v}", valid)));
            variants.Add(Sent("query", $"?{name} twice", $"{url}?{name}=1&{name}=2", valid));
        }
        variants.Add(Sent("query", "unknown query", $"{url}?unexpected=%FF&unexpected=", valid));

        if (writes)
            variants.AddRange(IfMatchValues.Select(tag => Sent("if-match", $"If-Match {tag}", url, valid ?? (method == "DELETE" ? null : "{}"), ifMatch: tag)));

        if (valid is null) return variants;

        variants.Add(Sent("body", "no body", url, null));
        variants.AddRange(Bodies.Select(b => Sent("body", b.Name, url, b.Body)));
        variants.Add(Sent("body", "extra fields", url, With(valid, "unexpectedField", "{\"a\":[1,2]}")));
        variants.Add(Sent("body", "duplicate key", url, valid.Length > 2 ? valid[..^1] + "," + valid[1..] : valid));
        variants.Add(new FuzzVariant("body", "invalid UTF-8", url, () => [.. Encoding.UTF8.GetBytes("{\"a\":\""), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}")]));

        variants.Add(Sent("content-type", "text/plain", url, valid, "text/plain"));
        variants.Add(Sent("content-type", "XML", url, "<a/>", "application/xml"));
        variants.Add(Sent("content-type", "form", url, "a=1&b=2", "application/x-www-form-urlencoded"));
        variants.Add(Sent("content-type", "multipart without boundary", url, valid, "multipart/form-data"));
        variants.Add(Sent("content-type", "latin-1 JSON", url, valid, "application/json; charset=iso-8859-1"));
        variants.Add(Sent("content-type", "no content type", url, valid, null));
        variants.Add(Sent("content-type", "garbage content type", url, valid, "json"));
        variants.Add(Sent("content-type", "JSON patch", url, valid, "application/json-patch+json"));

        var schema = RequestContractTests.Resolve(document, bodySchema!);
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var resolved = RequestContractTests.Resolve(document, property!);
            // Built when sent: a hundred-kilobyte text for every field of every operation would be built for nothing when sampled.
            foreach (var raw in ValuesFor(document, resolved))
                variants.Add(new FuzzVariant("field", $"{name}={Short(raw)}", url, () => Encoding.UTF8.GetBytes(With(valid, name, raw))));
        }
        return variants;
    }

    /// <summary>The odd values a field of this schema is tried with.</summary>
    private static IEnumerable<string> ValuesFor(JsonObject document, JsonObject schema)
    {
        IEnumerable<string> own = RequestContractTests.TypeOf(schema) switch
        {
            _ when schema["enum"] is not null => Enums,
            "integer" or "number" => Numbers,
            "boolean" => Booleans,
            "array" => [$"[{string.Join(',', Enumerable.Repeat("null", 600))}]", "[[]]", "[\"\"]", "[{}]", "{\"0\":1}"],
            "string" => schema["format"]?.GetValue<string>() switch
            {
                "date" => [.. Dates, .. Texts.Take(4)],
                "date-time" => [.. Instants, .. Texts.Take(4)],
                "time" => [.. Times, .. Texts.Take(4)],
                "uuid" => [.. Ids, .. Texts.Take(4)],
                _ => Texts,
            },
            "object" => ["\"x\"", "[{}]", "{\"unexpectedField\":1}"],
            _ => [],
        };
        return AnyField.Concat(own);
    }

    /// <summary>The valid body with one field's value replaced by raw JSON (written first, so even a duplicate key is sent as given).</summary>
    private static string With(string valid, string name, string raw)
    {
        var rest = JsonNode.Parse(valid) as JsonObject ?? [];
        rest.Remove(name);
        var text = rest.ToJsonString();
        return $"{{\"{name}\":{raw}" + (rest.Count > 0 ? "," + text[1..] : "}");
    }

    private static string Short(string text) => text.Length > 40 ? $"{text[..20]}…({text.Length} chars)" : text;
}
