using System.Text.Json.Nodes;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Platform rule 10: every Grievances endpoint is described for integrators, with Chinese examples of its bodies.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class OpenApiTests(GrievancesHost platform)
{
    [Fact]
    public async Task Every_grievances_operation_has_a_summary_a_description_responses_and_example_bodies()
    {
        var document = JsonNode.Parse(await (await platform.Get(TestActors.BusinessOffice, "/swagger/v1/swagger.json")).ReadAsTextAsync())!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var operations = document["paths"]!.AsObject()
            .Where(path => path.Key.StartsWith("/api/grievances", StringComparison.Ordinal))
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .ToList();

        operations.Count.ShouldBeGreaterThanOrEqualTo(17);
        var bodies = 0;
        foreach (var (name, operation) in operations)
        {
            (operation["summary"]?.GetValue<string>()).ShouldNotBeNullOrWhiteSpace(name);
            (operation["description"]?.GetValue<string>()).ShouldNotBeNullOrWhiteSpace(name);
            operation["responses"]!.AsObject().ShouldContain(r => r.Key.StartsWith('2'), name);
            if (operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>() is { } reference)
            {
                bodies++;
                var schema = schemas[reference.Split('/')[^1]]!;
                (schema["example"] ?? schema["examples"]).ShouldNotBeNull($"{name}: example of {reference}");
            }
        }
        bodies.ShouldBe(11);
    }
}
