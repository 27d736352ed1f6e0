using System.Text.Json.Nodes;
using Alba;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The OpenAPI document is generated from the running platform (every module included) and checked:
/// no endpoint without a summary, a description, a tag, its success response and its error responses;
/// every request body with an example. The document is also written next to the test output.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiDocumentTests(PlatformHost platform)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Every_endpoint_is_documented()
    {
        var document = await Document();
        var problems = new List<string>();
        var operationIds = new HashSet<string>();
        var operations = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item![method] is not JsonObject operation) continue;
                operations++;
                var name = $"{method.ToUpperInvariant()} {path}";
                if (string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>())) problems.Add($"{name}: no summary");
                if (string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>())) problems.Add($"{name}: no description");
                if (operation["tags"] is not JsonArray { Count: > 0 }) problems.Add($"{name}: no tag");
                // Generated clients name their methods after it.
                if (operation["operationId"]?.GetValue<string>() is not { Length: > 0 } operationId) problems.Add($"{name}: no operationId");
                else if (!operationIds.Add(operationId)) problems.Add($"{name}: operationId {operationId} used twice");
                var responses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
                if (!responses.Any(code => code.StartsWith('2'))) problems.Add($"{name}: no success response");
                var isPublic = operation["security"] is not JsonArray { Count: > 0 };
                if (!isPublic && (!responses.Contains("401") || !responses.Contains("403"))) problems.Add($"{name}: secured but 401/403 not documented");
                if (operation["requestBody"] is JsonObject body)
                {
                    if (!responses.Contains("400")) problems.Add($"{name}: has a body but no 400 response");
                    if (!HasExample(document, body)) problems.Add($"{name}: request body without an example");
                }
            }
        }
        operations.ShouldBeGreaterThan(5);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_document_names_the_server_it_was_read_from()
    {
        var document = await Document();
        document["servers"]!.AsArray().Select(s => s!["url"]!.GetValue<string>()).ShouldBe(["http://localhost"]);
    }

    [Fact]
    public async Task Only_deliberately_public_endpoints_are_open()
    {
        var document = await Document();
        var open = document["paths"]!.AsObject()
            .SelectMany(p => Methods.Where(m => p.Value![m] is JsonObject { } op && op["security"] is not JsonArray { Count: > 0 }).Select(m => $"{m.ToUpperInvariant()} {p.Key}"))
            .ToList();
        // The published inspection and performance-check results (一公开) and the best-case contest's public pages are for anyone, without sign-in.
        open.ShouldBe([
            "GET /api/enforcement/public/results", "GET /api/procurement/public/checks", "GET /api/procurement/public/projects/{id}/ocds", "POST /api/dev/tokens", "GET /api/awards/public/contests/{year}",
            "GET /api/awards/public/contests/{year}/recount", "GET /api/awards/public/contests/{year}/vote-page",
            "GET /api/awards/public/contests/{year}/votes/{position}",
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task The_swagger_ui_is_served_without_a_token()
    {
        var result = await platform.Host.Scenario(s => s.Get.Url("/swagger/index.html"));
        (await result.ReadAsTextAsync()).ShouldContain("swagger-ui");
    }

    private async Task<JsonObject> Document()
    {
        var result = await platform.Host.Scenario(s => s.Get.Url(SwaggerSetup.DocumentRoute));
        var text = await result.ReadAsTextAsync();
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi-v1.json"), text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static bool HasExample(JsonObject document, JsonObject body)
    {
        var schema = body["content"]?["application/json"]?["schema"];
        if (schema?["example"] is not null || schema?["examples"] is not null) return true;
        var reference = schema?["$ref"]?.GetValue<string>();
        if (reference is null) return false;
        var component = document["components"]!["schemas"]![reference.Split('/')[^1]];
        return component?["example"] is not null || component?["examples"] is not null;
    }
}
