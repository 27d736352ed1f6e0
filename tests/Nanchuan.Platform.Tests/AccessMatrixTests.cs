using System.Text;
using System.Text.Json.Nodes;
using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Issue 14, point 9: docs/access.md is the table of who may read what; every read operation of the OpenAPI document is
/// tried with every role (and departments other than the one a read belongs to) and must be refused (403) exactly where
/// the table says so. Case-level rules (own enterprise, assigned department, own service point) are in each module's tests.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessMatrixTests(PlatformHost platform)
{
    /// <summary>One identity per role; several departments, since some reads belong to one department.</summary>
    private static readonly (string Label, Actor Actor)[] Identities =
    [
        ("Enterprise", TestActors.Enterprise),
        ("WindowClerk", TestActors.WindowClerk),
        ("DepartmentHandler:区市场监管局", TestActors.MarketRegulator),
        ("DepartmentHandler:区经济信息委", new Actor("dh-jxw", "区经济信息委 周科长", Roles.DepartmentHandler, "区经济信息委", null, Channels.Web)),
        ("DepartmentHandler:区司法局", new Actor("dh-sfj", "区司法局 郑九", Roles.DepartmentHandler, "区司法局", null, Channels.Web)),
        ("BusinessOffice", TestActors.BusinessOffice),
        ("Supervisor", TestActors.Supervisor),
        ("Public", TestActors.Citizen),
        ("Admin", TestActors.Admin),
    ];

    private static readonly Dictionary<string, string> PathValues = new()
    {
        ["id"] = "0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b", ["registrationId"] = "0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8c",
        ["problemId"] = "0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8d", ["itemId"] = "0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8e",
        ["code"] = "2024-500119-00-00-000001", ["stage"] = "1", ["zone"] = "A", ["number"] = "1", ["year"] = "2024",
        ["day"] = "2024-05-08", ["staffId"] = "clerk-1", ["supplyType"] = "Transfer", ["module"] = "grievances",
        ["table"] = "monthly_report", ["format"] = "csv", ["creditCode"] = "91500119MA5U8XRB98", ["departmentId"] = "qu-sifaju",
    };

    [Fact]
    public async Task Every_read_is_refused_exactly_to_those_the_access_table_leaves_out()
    {
        var table = AccessTable.Read(Path.Combine(GeneratedCodeTests.RepositoryRoot(), "docs", "access.md"));
        var reads = (await Reads()).ToList();
        reads.Except(table.Keys).ShouldBeEmpty("read operations missing from docs/access.md");
        table.Keys.Except(reads).ShouldBeEmpty("docs/access.md lists operations the API does not have");

        var wrong = new StringBuilder();
        foreach (var operation in reads)
        {
            var url = string.Join('/', operation[4..].Split('/').Select(Fill));
            foreach (var (label, actor) in Identities)
            {
                var result = await platform.Host.Scenario(s =>
                {
                    s.Get.Url(url);
                    s.As(platform, actor);
                    s.IgnoreStatusCode();
                });
                var refused = result.Context.Response.StatusCode is 401 or 403;
                if (refused == table[operation].Allows(label)) wrong.AppendLine($"{operation} as {label}: {(refused ? "refused" : "answered")} {result.Context.Response.StatusCode}");
            }
        }
        wrong.ToString().ShouldBeEmpty();
    }

    private static string Fill(string segment) =>
        PathValues.Aggregate(segment, (text, value) => text.Replace($"{{{value.Key}}}", value.Value));

    private async Task<IEnumerable<string>> Reads()
    {
        var text = await (await platform.Host.Scenario(s => s.Get.Url(SwaggerSetup.DocumentRoute))).ReadAsTextAsync();
        return JsonNode.Parse(text)!["paths"]!.AsObject().Where(p => p.Value!["get"] is not null).Select(p => $"GET {p.Key}").Order(StringComparer.Ordinal);
    }
}

/// <summary>The rows of docs/access.md: operation, then who may call it (`all` = any signed-in user; `Role:Department` = that department only).</summary>
public sealed record AccessRule(IReadOnlyList<string> Allowed)
{
    public bool Allows(string identity) =>
        Allowed.Contains("all") || Allowed.Contains(identity) || Allowed.Contains(identity.Split(':')[0]);
}

public static class AccessTable
{
    public static IReadOnlyDictionary<string, AccessRule> Read(string path) =>
        File.ReadAllLines(path)
            .Where(line => line.StartsWith("| `GET ", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Replace("`", ""), cells => new AccessRule(cells[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
}
